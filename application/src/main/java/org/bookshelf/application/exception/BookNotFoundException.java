package org.bookshelf.application.exception;

import org.bookshelf.domain.BookId;

/** No book has the given id. */
public class BookNotFoundException extends NotFoundException {

    public BookNotFoundException(BookId bookId) {
        super("book", bookId);
    }
}
