package org.bookshelf.application.port.out;

/**
 * Where a keyset page starts: strictly after the item with this rank, sort key and id. Listings are ordered
 * by rank (always {@code 0} but for searches of books, see {@link org.bookshelf.application.model.BookFilter}),
 * then sort key (the case-folded title or name), then id.
 */
public record Keyset(int rank, String sortKey, long id) {}
