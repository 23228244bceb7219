package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.domain.Text;

/**
 * Where an item sits in a listing: by sort key, compared code point by code point (as MariaDB's
 * binary collation does), then by id.
 */
record SortPosition(String sortKey, long id) implements Comparable<SortPosition> {

    static SortPosition after(Keyset keyset) {
        return new SortPosition(keyset.sortKey(), keyset.id());
    }

    @Override
    public int compareTo(SortPosition other) {
        int byKey = Text.compareSortKeys(sortKey, other.sortKey);
        return byKey != 0 ? byKey : Long.compare(id, other.id);
    }
}
