package org.bookshelf.application.exception;

import org.bookshelf.domain.AuthorId;

/** No author has the given id. */
public class AuthorNotFoundException extends NotFoundException {

    public AuthorNotFoundException(AuthorId authorId) {
        super("author", authorId);
    }
}
