package org.bookshelf.application.model;

import java.util.List;

/**
 * One page of a listing, in the listing's order.
 *
 * @param nextCursor  opaque; pass it in the next {@link PageRequest} to continue, {@code null} on the last page
 * @param suggestions words of the catalogue to search for instead, when a search found nothing
 *                    ({@link org.bookshelf.application.search.Suggestions}); empty otherwise
 */
public record Page<T>(List<T> items, String nextCursor, List<String> suggestions) {

    public Page {
        items = List.copyOf(items);
        suggestions = List.copyOf(suggestions);
    }

    public Page(List<T> items, String nextCursor) {
        this(items, nextCursor, List.of());
    }

    /** This page, offering {@code words} to search for instead. */
    public Page<T> suggesting(List<String> words) {
        return new Page<>(items, nextCursor, words);
    }
}
