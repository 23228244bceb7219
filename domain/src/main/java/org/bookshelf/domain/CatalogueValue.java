package org.bookshelf.domain;

/** The values of books and authors that the domain checks. */
public enum CatalogueValue implements ValueKind {
    TITLE("title"),
    AUTHOR_NAME("name"),
    ISBN("ISBN"),
    PUBLICATION_YEAR("published year"),
    BOOK_ID("book id"),
    AUTHOR_ID("author id"),
    AUTHORSHIP("authors");

    private final String words;

    CatalogueValue(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
