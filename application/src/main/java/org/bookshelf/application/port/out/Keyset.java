package org.bookshelf.application.port.out;

/**
 * Where a keyset page starts: strictly after the item with this sort key and id.
 * Listings are ordered by sort key (the case-folded title or name), then by id.
 */
public record Keyset(String sortKey, long id) {}
