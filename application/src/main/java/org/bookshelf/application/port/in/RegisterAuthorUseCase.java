package org.bookshelf.application.port.in;

import org.bookshelf.application.model.AuthorView;
import org.bookshelf.domain.AuthorName;

/** Adds an author to the catalogue. */
public interface RegisterAuthorUseCase {

    /** Registers a new author with this name (names need not be unique) and answers it at its first version. */
    AuthorView registerAuthor(AuthorName name);
}
