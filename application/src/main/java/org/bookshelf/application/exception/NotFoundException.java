package org.bookshelf.application.exception;

/** A use case was given an id that nothing of its kind has; the message names the kind and the id. */
public abstract class NotFoundException extends BookshelfException {

    protected NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
