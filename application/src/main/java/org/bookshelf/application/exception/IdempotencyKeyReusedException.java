package org.bookshelf.application.exception;

/**
 * The idempotency key was used within its replay window for another request: a different book or
 * author, or the other kind of registration. Nothing was changed.
 */
public class IdempotencyKeyReusedException extends BookshelfException {

    public IdempotencyKeyReusedException() {
        super("this idempotency key was used for a different request within the last 24 hours;"
                + " send a new key with a new request");
    }
}
