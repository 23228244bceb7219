package org.bookshelf.application.exception;

import org.bookshelf.domain.BookId;

/** No book has the given id. */
public class BookNotFoundException extends BookshelfException {

    private final BookId bookId;

    public BookNotFoundException(BookId bookId) {
        super("book " + bookId + " does not exist");
        this.bookId = bookId;
    }

    public BookId bookId() {
        return bookId;
    }
}
