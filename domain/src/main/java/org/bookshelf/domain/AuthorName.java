package org.bookshelf.domain;

/**
 * The name of an author: trimmed, 1 to {@value #MAX_LENGTH} characters.
 *
 * @param value the trimmed name
 */
public record AuthorName(String value) {

    public static final int MAX_LENGTH = 300;

    public AuthorName {
        value = Text.requireTrimmed(CatalogueValue.AUTHOR_NAME, value, MAX_LENGTH);
    }

    /** The case-folded form authors are ordered and searched by. */
    public String sortKey() {
        return Text.sortKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
