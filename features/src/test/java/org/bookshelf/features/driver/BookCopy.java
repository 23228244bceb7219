package org.bookshelf.features.driver;

/**
 * A book as a reader keeps it, to change it later or to ask whether it still shows the book as it is.
 * The catalogue compares a copy against the book's version and against its credited authors' version,
 * since the copy shows their names too.
 *
 * @param book           what the reader saw
 * @param authorsVersion the credited authors' version when the copy was read: the sum of theirs
 */
public record BookCopy(BookDetails book, long authorsVersion) {}
