package org.bookshelf.application.port.out;

import java.util.Optional;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;

/**
 * The authors, each changed as a whole: loaded locked, changed through {@link Author}, saved. Only call inside a
 * {@link UnitOfWork}; a write called outside any runs in a unit of work of its own.
 */
public interface AuthorRepository {

    /** A fresh id no author has had. */
    AuthorId nextId();

    /**
     * The author, locked against concurrent changes until the unit of work ends, or empty when none
     * has this id.
     */
    Optional<Author> loadForUpdate(AuthorId authorId);

    /**
     * Whether the author exists; when it does, it is kept from being deleted until the unit of work ends,
     * though others may credit it too.
     */
    boolean exists(AuthorId authorId);

    /**
     * Stores a new author ({@link Author#NOT_STORED}), or the changes made to a loaded one; nothing when it
     * {@linkplain Author#hasChanges() has none}.
     *
     * @throws org.bookshelf.application.exception.VersionConflictException when the stored author is no longer
     *         at the version it was loaded at
     */
    void save(Author author);

    /**
     * Deletes the author. Does nothing when it does not exist.
     *
     * @throws org.bookshelf.application.exception.AuthorStillCreditedException when a book still credits the
     *         author
     */
    void delete(AuthorId authorId);
}
