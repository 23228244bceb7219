package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.BookId;

/** Withdraws an author's credit from a book. Idempotent. */
public interface RemoveCreditUseCase {

    /**
     * Removes the author from the book's authors; the others keep their order.
     *
     * @return whether the author was credited (when not, nothing changes)
     * @throws BookNotFoundException   when no book has the id
     * @throws AuthorNotFoundException when no author has the id
     */
    boolean removeCredit(BookId bookId, AuthorId authorId);
}
