package org.bookshelf.application.exception;

import org.bookshelf.domain.AuthorId;

/** No author has the given id. */
public class AuthorNotFoundException extends BookshelfException {

    private final AuthorId authorId;

    public AuthorNotFoundException(AuthorId authorId) {
        super("author " + authorId + " does not exist");
        this.authorId = authorId;
    }

    public AuthorId authorId() {
        return authorId;
    }
}
