package org.bookshelf.domain;

/**
 * A kind of value that the catalogue checks, such as a book's title or a page size: what an
 * {@link InvalidValueException} refused. Each module names its kinds in an enum ({@link CatalogueValue} here);
 * a driving adapter maps them to the names its clients use.
 */
public interface ValueKind {

    /** How the catalogue calls such a value in a sentence, such as {@code published year}. */
    String words();
}
