package org.bookshelf.adapter.persistence.mybatis;

/**
 * A book's version with one of its links, read without locking (as of the transaction's snapshot);
 * {@code authorId} and {@code position} are {@code null} for a book with no links.
 */
record LinkSnapshotRow(long bookId, long version, Long authorId, Integer position) {
}
