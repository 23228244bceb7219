package org.bookshelf.adapter.persistence.mybatis;

/** A row of {@code book_author}: the author credited on the book at this position. */
record AuthorshipRow(long bookId, long authorId, int position) {
}
