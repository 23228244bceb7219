package org.bookshelf.adapter.persistence.mybatis;

/** A book moving from the version it was loaded at to its new one. */
record VersionChange(long bookId, long version, long expectedVersion) {
}
