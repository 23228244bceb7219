package org.bookshelf.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes one line per request to the logger {@value #LOGGER}: method, path, status and duration, such as
 * {@code GET /api/books/7 200 3ms}. The query string is left out: it may hold what users search for.
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
            ACCESS.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), status, millis);
        }
    }
}
