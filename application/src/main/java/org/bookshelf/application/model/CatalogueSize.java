package org.bookshelf.application.model;

/**
 * How much the catalogue holds.
 *
 * @param books   the books
 * @param authors the authors, credited or not
 * @param credits the credits: one for each author on each book (the links between books and authors)
 */
public record CatalogueSize(long books, long authors, long credits) {

    public CatalogueSize {
        if (books < 0 || authors < 0 || credits < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: " + books + ", " + authors + ", " + credits);
        }
    }
}
