package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bookshelf.adapter.web.security.SecurityConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per request to the logger {@value #LOGGER}: method, path, status, duration and who asked
 * (a token's name or a JWT's subject, {@code -} when anonymous), such as {@code GET /api/books/7 200 3ms
 * ci-bot}. The query string is left out: it may hold what users search for. Tokens never appear.
 */
final class AccessLogFilter extends AnsweredRequestFilter {

    static final String LOGGER = "org.bookshelf.access";

    private static final Logger ACCESS = LoggerFactory.getLogger(LOGGER);

    @Override
    void answered(HttpServletRequest request, int status, long nanos, Throwable failure) {
        Object principal = request.getAttribute(SecurityConfiguration.PRINCIPAL_ATTRIBUTE);
        ACCESS.info(
                "{} {} {} {}ms {}",
                request.getMethod(),
                request.getRequestURI(),
                status,
                nanos / 1_000_000,
                principal == null ? "-" : principal);
    }
}
