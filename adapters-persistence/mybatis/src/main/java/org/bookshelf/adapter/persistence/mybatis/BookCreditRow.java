package org.bookshelf.adapter.persistence.mybatis;

/**
 * A book as read with one of its credits: one row per credited author; the credit's columns are
 * {@code null} on the single row of a book that credits nobody.
 */
record BookCreditRow(long id, String title, String isbn, Integer publishedYear, long version, Long authorId,
        Integer position, String authorName, Long authorVersion) {
}
