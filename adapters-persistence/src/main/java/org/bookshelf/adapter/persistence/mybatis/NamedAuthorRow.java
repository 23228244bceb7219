package org.bookshelf.adapter.persistence.mybatis;

/** An author's exact name with the lowest id among the authors who have it. */
record NamedAuthorRow(String name, long id) {
}
