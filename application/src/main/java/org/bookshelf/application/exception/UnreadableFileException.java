package org.bookshelf.application.exception;

/**
 * A file that cannot be imported at all: not in the format it was said to be in, or in none that can be told.
 * Nothing was read into the catalogue, and no import was begun.
 */
public final class UnreadableFileException extends BookshelfException {

    public UnreadableFileException(String message) {
        super(message);
    }
}
