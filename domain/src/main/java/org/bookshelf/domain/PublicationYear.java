package org.bookshelf.domain;

/**
 * The year a book was published, between {@value #EARLIEST} and {@value #LATEST}.
 *
 * @param value the year
 */
public record PublicationYear(int value) {

    public static final int EARLIEST = 1;
    public static final int LATEST = 9999;

    public PublicationYear {
        if (value < EARLIEST || value > LATEST) {
            throw new InvalidValueException(
                    CatalogueValue.PUBLICATION_YEAR,
                    "must be between " + EARLIEST + " and " + LATEST + ", was " + value);
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
