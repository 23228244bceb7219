package org.bookshelf.adapter.persistence.mybatis;

/** A row of {@code books} as read. */
record BookRow(long id, String title, String isbn, Integer publishedYear, long version) {
}
