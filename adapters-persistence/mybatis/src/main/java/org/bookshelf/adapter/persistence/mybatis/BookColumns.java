package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.domain.Book;

/** The values written to a row of {@code books}, its sort key included. */
record BookColumns(long id, String title, String titleKey, String isbn, Integer publishedYear, long version) {

    static BookColumns of(Book book) {
        return new BookColumns(book.id().value(), book.title().value(), book.title().sortKey(),
                book.isbn().map(isbn -> isbn.value()).orElse(null),
                book.publishedYear().map(year -> year.value()).orElse(null), book.version());
    }

    /** The same values at another version. */
    BookColumns withVersion(long newVersion) {
        return new BookColumns(id, title, titleKey, isbn, publishedYear, newVersion);
    }
}
