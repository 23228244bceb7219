package org.bookshelf.adapter.web;

/**
 * One reason a request was refused, in a validation problem's {@code errors} list.
 *
 * @param field   the offending input as the client names it: a JSON field ({@code title},
 *                {@code author_ids}), a path or query parameter ({@code id}, {@code limit}), a header
 *                ({@code If-Match}), {@code body} for the body as a whole or {@code query} for the query
 *                string as a whole
 * @param message what is wrong with it, in plain words
 */
record InvalidField(String field, String message) {
}
