package org.bookshelf.adapter.persistence.mybatis;

/** An author's id and exact name. */
record NamedAuthorRow(String name, long id) {}
