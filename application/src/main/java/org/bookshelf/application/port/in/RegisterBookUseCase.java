package org.bookshelf.application.port.in;

import java.util.Objects;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/** Adds a book to the catalogue, optionally crediting its authors in order. */
public interface RegisterBookUseCase {

    /**
     * Registers the book, whatever was registered before.
     *
     * @throws UnknownAuthorsException when an author to credit does not exist
     * @throws DuplicateIsbnException  when another book has the ISBN
     */
    default BookView registerBook(RegisterBookCommand command) {
        return registerBook(command, null).registered();
    }

    /**
     * Registers the book; with an idempotency key, at most once: when the same command came with the key
     * in the last 24 hours, registers nothing and answers the book registered then, as it is now.
     * Concurrent calls with one key register one book.
     *
     * @param idempotencyKey {@code null} to register whatever was registered before
     * @throws UnknownAuthorsException       when an author to credit does not exist
     * @throws DuplicateIsbnException        when another book has the ISBN
     * @throws IdempotencyKeyReusedException when the key came with another command (or registered an
     *                                       author) in the last 24 hours
     * @throws RegistrationGoneException     when the book the key registered has been deleted since
     */
    Registration<BookView> registerBook(RegisterBookCommand command, IdempotencyKey idempotencyKey);

    /**
     * @param isbn          {@code null} for none
     * @param publishedYear {@code null} when unknown
     * @param authors       the authors to credit, in order
     */
    record RegisterBookCommand(Title title, Isbn isbn, PublicationYear publishedYear, Authorship authors) {
        public RegisterBookCommand {
            Objects.requireNonNull(title, "title");
            authors = authors == null ? Authorship.none() : authors;
        }
    }
}
