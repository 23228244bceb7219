package org.bookshelf.adapter.persistence.mybatis;

/**
 * A row of {@code books} with its authors' ids in credit order, as a backup reads it.
 *
 * @param authorIds the ids separated by commas, {@code null} when it credits nobody
 */
record SnapshotBookRow(long id, String title, String isbn, Integer publishedYear, long version, String authorIds) {}
