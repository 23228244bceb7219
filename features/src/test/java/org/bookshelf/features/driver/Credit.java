package org.bookshelf.features.driver;

/**
 * What crediting an author did.
 *
 * @param book           the book afterwards
 * @param newlyCredited  {@code false} when the author was credited already and nothing changed
 */
public record Credit(BookDetails book, boolean newlyCredited) {}
