package org.bookshelf.application.model;

import java.util.List;

/**
 * One page of a listing, in the listing's order.
 *
 * @param nextCursor opaque; pass it in the next {@link PageRequest} to continue, {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
