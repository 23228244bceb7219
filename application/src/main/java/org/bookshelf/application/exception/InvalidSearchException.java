package org.bookshelf.application.exception;

/**
 * A search cannot be run as written: it is too long, has too many words, or has no word at all (only
 * separators such as {@code %} or {@code --}). Nothing was read. The message says which, in the
 * catalogue's terms; the caller knows which of its inputs held the search.
 */
public class InvalidSearchException extends BookshelfException {

    /** @param message what is wrong with the search and how to write it, in the catalogue's terms */
    public InvalidSearchException(String message) {
        super(message);
    }
}
