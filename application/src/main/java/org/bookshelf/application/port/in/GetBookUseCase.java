package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.BookId;

/** Reads one book with its authors. */
public interface GetBookUseCase {

    /** @throws BookNotFoundException when no book has the id */
    BookView getBook(BookId bookId);
}
