package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any endpoint runs, a request whose query string the servlet container cannot parse:
 * malformed percent-encoding ({@code %zz}, a lone {@code %}), bytes that are not UTF-8, or more parameters
 * than the container accepts. Since Servlet 6.1 the container then throws {@link IllegalStateException}
 * from every {@code getParameter…} call; parsing up front turns that into one 400 for every endpoint,
 * whether or not it reads a parameter, instead of a failure deep inside argument binding.
 */
final class WellFormedQueryInterceptor implements HandlerInterceptor {

    static final String QUERY = "query";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            throw new InvalidRequestException(
                    QUERY, "the query string must be percent-encoded UTF-8" + " with a modest number of parameters");
        }
        return true;
    }
}
