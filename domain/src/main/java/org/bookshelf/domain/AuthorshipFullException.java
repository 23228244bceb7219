package org.bookshelf.domain;

/**
 * A book that already credits the most authors allowed ({@value Authorship#MAX_AUTHORS}) cannot credit
 * another. Not a bad value: the same credit is fine on a book with room for it. Nothing was changed.
 */
public class AuthorshipFullException extends RuntimeException {

    public AuthorshipFullException() {
        super("the book already credits " + Authorship.MAX_AUTHORS + " authors, the most allowed");
    }
}
