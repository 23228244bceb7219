package org.bookshelf.application.model;

import java.util.List;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * A book as clients see it, with its credited authors in credit order.
 *
 * @param isbn          {@code null} when the book has none
 * @param publishedYear {@code null} when unknown
 * @param version       moves on with every change to the book or its authorship, not with a rename of
 *                      one of its authors; {@link #revision()} covers both
 */
public record BookView(
        BookId id, Title title, Isbn isbn, PublicationYear publishedYear, List<CreditedAuthor> authors, long version) {

    public BookView {
        authors = List.copyOf(authors);
    }

    /** What a copy of this book is compared against: its version and its credited authors' versions. */
    public BookRevision revision() {
        return new BookRevision(
                version, authors.stream().mapToLong(CreditedAuthor::version).sum());
    }
}
