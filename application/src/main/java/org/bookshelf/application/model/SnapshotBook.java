package org.bookshelf.application.model;

import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * A book as a backup holds it, with the id and version it had and its authors in credit order.
 *
 * @param isbn          {@code null} when the book has none
 * @param publishedYear {@code null} when unknown
 */
public record SnapshotBook(
        BookId id, Title title, Isbn isbn, PublicationYear publishedYear, long version, Authorship authorship) {

    public SnapshotBook {
        if (version < 1) {
            throw new IllegalArgumentException("a stored book's version is at least 1, not " + version);
        }
    }
}
