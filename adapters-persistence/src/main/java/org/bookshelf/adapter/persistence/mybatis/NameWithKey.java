package org.bookshelf.adapter.persistence.mybatis;

/** A name or title with its sort key, which the index it is looked up by is on. */
record NameWithKey(String text, String sortKey) {
}
