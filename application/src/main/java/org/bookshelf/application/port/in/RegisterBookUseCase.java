package org.bookshelf.application.port.in;

import java.util.Objects;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/** Adds a book to the catalogue, optionally crediting its authors in order. */
public interface RegisterBookUseCase {

    /**
     * @throws UnknownAuthorsException when an author to credit does not exist
     * @throws DuplicateIsbnException  when another book has the ISBN
     */
    BookView registerBook(RegisterBookCommand command);

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
