package org.bookshelf.adapter.imports;

/** A file that cannot be imported at all: not in the format it was said to be in. Nothing was read into the catalogue. */
public final class UnreadableFileException extends RuntimeException {

    UnreadableFileException(String message) {
        super(message);
    }
}
