package org.bookshelf.domain;

/**
 * Identifies an author. Always positive.
 *
 * @param value the numeric id
 */
public record AuthorId(long value) {

    public AuthorId {
        if (value <= 0) {
            throw new InvalidValueException(CatalogueValue.AUTHOR_ID, "must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
