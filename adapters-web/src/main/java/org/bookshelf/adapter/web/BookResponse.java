package org.bookshelf.adapter.web;

import java.util.List;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;

/**
 * A book as the API shows it, authors in credit order:
 * {@code {"id","title","isbn","published_year","authors":[{"id","name"}],"version"}}. Absent values are
 * {@code null}, never left out.
 */
record BookResponse(
        long id, String title, String isbn, Integer publishedYear, List<CreditedAuthorResponse> authors, long version) {

    static BookResponse of(BookView book) {
        Isbn isbn = book.isbn();
        PublicationYear year = book.publishedYear();
        return new BookResponse(
                book.id().value(),
                book.title().value(),
                isbn == null ? null : isbn.value(),
                year == null ? null : year.value(),
                book.authors().stream().map(CreditedAuthorResponse::of).toList(),
                book.version());
    }

    /** An author as listed on a book: {@code {"id","name"}}. */
    record CreditedAuthorResponse(long id, String name) {

        static CreditedAuthorResponse of(CreditedAuthor author) {
            return new CreditedAuthorResponse(author.id().value(), author.name().value());
        }
    }
}
