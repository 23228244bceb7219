package org.bookshelf.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bookshelf.adapter.web.security.SecurityConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes one line per request to the logger {@value #LOGGER}: method, path, status, duration and who asked
 * (a token's name or a JWT's subject, {@code -} when anonymous), such as {@code GET /api/books/7 200 3ms
 * ci-bot}. The query string is left out: it may hold what users search for. Tokens never appear.
 */
final class AccessLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "org.bookshelf.access";

    private static final Logger ACCESS = LoggerFactory.getLogger(LOGGER);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = failed && !response.isCommitted() ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    : response.getStatus();
            Object principal = request.getAttribute(SecurityConfiguration.PRINCIPAL_ATTRIBUTE);
            ACCESS.info("{} {} {} {}ms {}", request.getMethod(), request.getRequestURI(), status, millis,
                    principal == null ? "-" : principal);
        }
    }
}
