package org.bookshelf.adapter.persistence.mybatis;

/** A book locked for update, joined with one of its credited authors ({@code null} when it has none). */
record LockedBookRow(long id, String title, String isbn, Integer publishedYear, long version, Long authorId) {
}
