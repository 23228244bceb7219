package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.port.out.Keyset;

/**
 * One keyset page of books: the filter's criteria as bound parameters ({@code null} when absent),
 * where to start, and how many.
 */
record BookQuery(String title, String titleKey, Long creditedAuthorId, String afterKey, Long afterId, int limit) {

    static BookQuery of(BookFilter filter, Keyset after, int limit) {
        return new BookQuery(
                filter.title() == null ? null : filter.title().value(),
                filter.title() == null ? null : filter.title().sortKey(),
                filter.creditedAuthor() == null ? null : filter.creditedAuthor().value(),
                after == null ? null : after.sortKey(),
                after == null ? null : after.id(),
                limit);
    }
}
