package org.bookshelf.application.exception;

/**
 * A use case was refused for a reason its caller can act on. Nothing was changed (a
 * {@link StoreUnavailableException} says when that cannot be known).
 */
public abstract class BookshelfException extends RuntimeException {

    protected BookshelfException(String message) {
        super(message);
    }
}
