package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.application.port.out.Keyset;

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
        int byKey = compareCodePoints(sortKey, other.sortKey);
        return byKey != 0 ? byKey : Long.compare(id, other.id);
    }

    /** Compares as MariaDB's binary collation does: code point by code point. */
    static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }
}
