package org.bookshelf.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter told of every request once it is answered: its status, how long it took and what failed it. A
 * failure that escapes the filters after it makes the answer a 500, unless the response is committed already.
 */
abstract class AnsweredRequestFilter extends OncePerRequestFilter {

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            failure = e;
            if (!response.isCommitted()) {
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
            throw e;
        } finally {
            answered(request, response.getStatus(), System.nanoTime() - started, failure);
        }
    }

    /**
     * The request was answered with {@code status} after {@code nanos}.
     *
     * @param failure what escaped the filters after this one, or {@code null}
     */
    abstract void answered(HttpServletRequest request, int status, long nanos, Throwable failure);
}
