package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.domain.AuthorId;

/** Removes an author from the catalogue. */
public interface DeleteAuthorUseCase {

    /**
     * Deletes the author. With {@code unlinkFromBooks}, first withdraws the author's credit from every
     * book (each of those books' versions moves on), all in one unit of work.
     *
     * @throws AuthorNotFoundException       when no author has the id
     * @throws AuthorStillCreditedException  when books credit the author and {@code unlinkFromBooks} is false
     */
    void deleteAuthor(AuthorId authorId, boolean unlinkFromBooks);
}
