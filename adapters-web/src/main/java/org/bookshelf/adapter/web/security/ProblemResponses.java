package org.bookshelf.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the security layer, as {@code application/problem+json} like every other error of the
 * API: 401 with {@code WWW-Authenticate: Bearer} (no token where one is needed, or a token that is not
 * valid), 403 (a valid token whose role does not allow the request) and 503 (the identity provider's keys
 * cannot be fetched). They never echo a token.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    static final String UNAUTHENTICATED = "urn:bookshelf:problem:unauthenticated";
    static final String FORBIDDEN = "urn:bookshelf:problem:forbidden";
    static final String IDENTITY_PROVIDER_UNAVAILABLE = "urn:bookshelf:problem:identity-provider-unavailable";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RETRY_IDENTITY_PROVIDER_AFTER_SECONDS = 5;

    /**
     * 401: sets {@code WWW-Authenticate} as RFC 6750 asks — {@code Bearer realm="bookshelf"}, with
     * {@code error="invalid_token"} when a bearer token was refused — then writes the problem. Spring's own entry point would add a
     * {@code resource_metadata} URL built from the request's {@code Host} header, which no answer trusts.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String challenge = "Bearer realm=\"bookshelf\"";
        if (failure instanceof OAuth2AuthenticationException refused
                && OAuth2ErrorCodes.INVALID_TOKEN.equals(refused.getError().getErrorCode())) {
            challenge += ", error=\"invalid_token\"";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        write(
                request,
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                UNAUTHENTICATED,
                "Unauthenticated",
                tokenGiven
                        ? "the credentials given are not a valid bearer token; it may be malformed, unknown,"
                                + " revoked or expired"
                        : "this request needs a bearer token: send Authorization: Bearer <token>");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                FORBIDDEN,
                "Forbidden",
                "the token's role does not allow " + request.getMethod() + " here");
    }

    /** A bearer token that could not be checked at all is the identity provider's outage, not the caller's fault. */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            LOG.warn("A bearer token could not be checked: {}", failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_IDENTITY_PROVIDER_AFTER_SECONDS));
            write(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    IDENTITY_PROVIDER_UNAVAILABLE,
                    "Identity provider unavailable",
                    "the identity provider's signing keys cannot be fetched; nothing was read or changed, try again later");
            return;
        }
        commence(request, response, failure);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
