package org.bookshelf.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Takes the bearer token from the {@code Authorization} header only (never from the query or a form,
 * where it would end up in logs), and refuses what the default would let pass as anonymous: an
 * {@code Authorization} header of another scheme ({@code Basic …}), or more than one header. Credentials
 * the service cannot use are a 401, not silently ignored.
 */
final class StrictBearerTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        var headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        if (headers.isEmpty()) {
            return null;
        }
        if (headers.size() > 1) {
            throw new OAuth2AuthenticationException(
                    BearerTokenErrors.invalidRequest("more than one Authorization header"));
        }
        if (!headers.get(0).regionMatches(true, 0, "Bearer", 0, "Bearer".length())) {
            throw new OAuth2AuthenticationException(
                    BearerTokenErrors.invalidRequest("only the Bearer authorization scheme is accepted"));
        }
        String token = bearer.resolve(request);
        if (token == null) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("bearer token is malformed"));
        }
        return token;
    }
}
