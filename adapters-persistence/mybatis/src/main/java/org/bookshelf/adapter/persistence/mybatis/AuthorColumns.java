package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.domain.Author;

/** The values written to a row of {@code authors}, its sort key included. */
record AuthorColumns(long id, String name, String nameKey, long version) {

    static AuthorColumns of(Author author) {
        return new AuthorColumns(
                author.id().value(), author.name().value(), author.name().sortKey(), author.version());
    }
}
