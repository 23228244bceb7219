package org.bookshelf.adapter.web;

import java.util.List;
import java.util.function.Function;
import org.bookshelf.application.model.Page;

/** One page of a listing: {@code {"items":[...],"next_cursor":"..."|null,"suggestions":[...]}}. */
record PageResponse<T>(List<T> items, String nextCursor, List<String> suggestions) {

    static <V, T> PageResponse<T> of(Page<V> page, Function<V, T> toResponse) {
        return new PageResponse<>(
                page.items().stream().map(toResponse).toList(), page.nextCursor(), page.suggestions());
    }
}
