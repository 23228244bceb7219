package org.bookshelf.adapter.web;

import org.bookshelf.application.model.RequestValue;
import org.bookshelf.domain.CatalogueValue;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.ValueKind;

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

    /**
     * A value the catalogue refused, sent in {@code field}. The message calls a listing's parameters
     * ({@code q}, {@code limit}, {@code cursor}) by their names, the API's own; any other value by the
     * catalogue's words for it ("published year").
     */
    static InvalidField refused(String field, InvalidValueException refusal) {
        return new InvalidField(
                field, isListingParameter(refusal.kind()) ? refusal.messageCalling(field) : refusal.getMessage());
    }

    /** A value the catalogue refused, which no request mapping named: under the field that carries its kind. */
    static InvalidField refused(InvalidValueException refusal) {
        return refused(fieldCarrying(refusal.kind()), refusal);
    }

    private static boolean isListingParameter(ValueKind kind) {
        return kind == RequestValue.SEARCH_TEXT || kind == RequestValue.PAGE_SIZE || kind == RequestValue.PAGE_CURSOR;
    }

    private static String fieldCarrying(ValueKind kind) {
        if (kind instanceof CatalogueValue value) {
            return switch (value) {
                case TITLE -> "title";
                case AUTHOR_NAME -> "name";
                case ISBN -> "isbn";
                case PUBLICATION_YEAR -> "published_year";
                case BOOK_ID -> "book_id";
                case AUTHOR_ID -> "author_id";
                case AUTHORSHIP -> "author_ids";
            };
        }
        if (kind instanceof RequestValue value) {
            return switch (value) {
                case SEARCH_TEXT -> "q";
                case PAGE_SIZE -> "limit";
                case PAGE_CURSOR -> "cursor";
                case IMPORT_ID -> "id";
                case IDEMPOTENCY_KEY -> IdempotencyKeyHeader.NAME;
                case IMPORT_ROW -> "body";
            };
        }
        throw new IllegalArgumentException("no field of the API carries a " + kind.words());
    }
}
