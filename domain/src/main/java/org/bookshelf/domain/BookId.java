package org.bookshelf.domain;

/**
 * Identifies a book. Always positive.
 *
 * @param value the numeric id
 */
public record BookId(long value) {

    public BookId {
        if (value <= 0) {
            throw new InvalidValueException(CatalogueValue.BOOK_ID, "must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
