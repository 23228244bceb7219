package org.bookshelf.adapter.persistence.mybatis;

/** An author credited on a book, with the author's name and version, as listed with the book. */
record CreditRow(long bookId, long authorId, String authorName, long authorVersion) {
}
