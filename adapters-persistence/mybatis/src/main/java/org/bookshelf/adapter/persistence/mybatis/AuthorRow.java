package org.bookshelf.adapter.persistence.mybatis;

/** A row of {@code authors} as read. */
record AuthorRow(long id, String name, long version) {}
