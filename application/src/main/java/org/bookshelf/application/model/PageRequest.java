package org.bookshelf.application.model;

import org.bookshelf.domain.InvalidValueException;

/**
 * Asks for one page of a listing.
 *
 * @param limit  how many items at most, {@value #MIN_LIMIT} to {@value #MAX_LIMIT}
 * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first page
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new InvalidValueException(
                    RequestValue.PAGE_SIZE, "must be between " + MIN_LIMIT + " and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first {@value #DEFAULT_LIMIT} items. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, null);
    }

    /** The first {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
