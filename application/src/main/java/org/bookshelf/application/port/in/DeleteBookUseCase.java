package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.domain.BookId;

/** Removes a book from the catalogue. */
public interface DeleteBookUseCase {

    /**
     * Deletes the book and its authorship; its authors stay in the catalogue.
     *
     * @throws BookNotFoundException when no book has the id
     */
    void deleteBook(BookId bookId);
}
