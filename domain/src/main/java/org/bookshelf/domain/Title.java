package org.bookshelf.domain;

/**
 * The title of a book: trimmed, 1 to {@value #MAX_LENGTH} characters.
 *
 * @param value the trimmed title
 */
public record Title(String value) {

    public static final int MAX_LENGTH = 500;

    public Title {
        value = Text.requireTrimmed(CatalogueValue.TITLE, value, MAX_LENGTH);
    }

    /** The case-folded form books are ordered and searched by. */
    public String sortKey() {
        return Text.sortKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
