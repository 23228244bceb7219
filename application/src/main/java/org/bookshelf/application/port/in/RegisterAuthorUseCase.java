package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.domain.AuthorName;

/** Adds an author to the catalogue. */
public interface RegisterAuthorUseCase {

    /** Registers a new author with this name (names need not be unique) and answers it at its first version. */
    default AuthorView registerAuthor(AuthorName name) {
        return registerAuthor(name, null).registered();
    }

    /**
     * Registers a new author with this name; with an idempotency key, at most once: when the same name
     * came with the key in the last 24 hours, registers nothing and answers the author registered then,
     * as it is now. Concurrent calls with one key register one author.
     *
     * @param idempotencyKey {@code null} to register whatever was registered before
     * @throws IdempotencyKeyReusedException when the key came with another name (or registered a book) in
     *                                       the last 24 hours
     * @throws RegistrationGoneException     when the author the key registered has been deleted since
     */
    Registration<AuthorView> registerAuthor(AuthorName name, IdempotencyKey idempotencyKey);
}
