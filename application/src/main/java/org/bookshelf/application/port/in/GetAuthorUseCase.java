package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.domain.AuthorId;

/** Reads one author. */
public interface GetAuthorUseCase {

    /** @throws AuthorNotFoundException when no author has the id */
    AuthorView getAuthor(AuthorId authorId);
}
