package org.bookshelf.application.port.out;

import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;

/** Keeps authors. Only call inside a {@link UnitOfWork}. */
public interface StoreAuthorPort {

    /** A fresh id no author has had. */
    AuthorId nextAuthorId();

    /** Stores a newly registered author. */
    void insert(Author author);

    /**
     * Stores the changes made to a loaded author.
     *
     * @param expectedVersion the version the author had when loaded
     * @throws VersionConflictException when the stored author is no longer at {@code expectedVersion}
     */
    void update(Author author, long expectedVersion);

    /**
     * Deletes the author. Does nothing when it does not exist.
     *
     * @throws AuthorStillCreditedException when a book still credits the author
     */
    void delete(AuthorId authorId);
}
