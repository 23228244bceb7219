package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.port.out.Keyset;

/**
 * One keyset page of authors: the filter's criteria as bound parameters ({@code null} when absent),
 * where to start, and how many.
 */
record AuthorQuery(String name, String nameKey, String afterKey, Long afterId, int limit) {

    static AuthorQuery of(AuthorFilter filter, Keyset after, int limit) {
        return new AuthorQuery(
                filter.name() == null ? null : filter.name().value(),
                filter.name() == null ? null : filter.name().sortKey(),
                after == null ? null : after.sortKey(),
                after == null ? null : after.id(),
                limit);
    }
}
