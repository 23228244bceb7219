package org.bookshelf.adapter.persistence.mybatis;

/**
 * A book whose row is locked, with one of its credits read without locking, as of the transaction's
 * snapshot: one row per credit, in credit order. {@code snapshotVersion} is the book's version in that
 * snapshot ({@code null} when the snapshot predates the book); the credit's columns are {@code null} on the
 * single row of a book that credits nobody in the snapshot.
 */
record LockedBookRow(long id, String title, String isbn, Integer publishedYear, long version, Long snapshotVersion,
        Long authorId, Integer position, String authorName, Long authorVersion) {
}
