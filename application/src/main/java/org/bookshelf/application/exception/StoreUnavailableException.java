package org.bookshelf.application.exception;

/**
 * The catalogue's store could not be reached to begin the unit of work, so nothing was read or
 * changed. The same request may succeed once the store answers again.
 */
public class StoreUnavailableException extends BookshelfException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
