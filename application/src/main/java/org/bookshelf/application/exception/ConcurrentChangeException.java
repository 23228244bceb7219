package org.bookshelf.application.exception;

/**
 * The store kept reporting conflicts with concurrent units of work (deadlocks, say) and gave up
 * retrying. Nothing was changed; the same request may well succeed when tried again.
 */
public class ConcurrentChangeException extends BookshelfException {

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
