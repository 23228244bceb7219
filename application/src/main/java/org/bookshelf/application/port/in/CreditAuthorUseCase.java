package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorshipFullException;
import org.bookshelf.domain.BookId;

/** Credits an author on a book. Idempotent, and safe for concurrent callers. */
public interface CreditAuthorUseCase {

    /**
     * Appends the author to the book's authors; when already credited, changes nothing.
     *
     * @throws BookNotFoundException   when no book has the id
     * @throws AuthorNotFoundException when no author has the id
     * @throws AuthorshipFullException when the book already has the most authors allowed
     */
    CreditResult creditAuthor(BookId bookId, AuthorId authorId);

    /**
     * @param book           the book after the call
     * @param newlyCredited  {@code false} when the author was already credited
     */
    record CreditResult(BookView book, boolean newlyCredited) {}
}
