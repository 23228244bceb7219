package org.bookshelf.application.exception;

import org.bookshelf.domain.Isbn;

/** Another book already has this ISBN. */
public class DuplicateIsbnException extends BookshelfException {

    private final Isbn isbn;

    public DuplicateIsbnException(Isbn isbn) {
        super("another book already has the ISBN " + isbn);
        this.isbn = isbn;
    }

    public Isbn isbn() {
        return isbn;
    }
}
