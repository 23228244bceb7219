package org.bookshelf.application.exception;

/**
 * The book or author that an earlier request registered under the same idempotency key has been
 * deleted since, so the registration cannot be answered again. Nothing was changed.
 */
public class RegistrationGoneException extends BookshelfException {

    /** @param what the deleted resource, such as {@code "book 7"} */
    public RegistrationGoneException(String what) {
        super(what + ", registered earlier under this idempotency key, has been deleted since;"
                + " send a new key to register it again");
    }
}
