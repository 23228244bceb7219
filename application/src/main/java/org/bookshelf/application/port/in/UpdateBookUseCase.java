package org.bookshelf.application.port.in;

import java.util.Objects;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/** Changes a book's title, ISBN or publication year. */
public interface UpdateBookUseCase {

    /**
     * Applies the changes as one: the version moves on once, or not at all when nothing differs.
     *
     * @throws BookNotFoundException    when no book has the id
     * @throws VersionConflictException when the book is not at the command's expected revision
     * @throws DuplicateIsbnException   when another book has the new ISBN
     */
    BookView updateBook(UpdateBookCommand command);

    /**
     * @param title            the new title, or {@code null} to keep it
     * @param expectedRevision the revision of the book the caller last saw, or {@code null} to update
     *                         whatever the revision
     */
    record UpdateBookCommand(
            BookId bookId,
            Title title,
            FieldChange<Isbn> isbn,
            FieldChange<PublicationYear> publishedYear,
            BookRevision expectedRevision) {
        public UpdateBookCommand {
            Objects.requireNonNull(bookId, "bookId");
            isbn = isbn == null ? FieldChange.keep() : isbn;
            publishedYear = publishedYear == null ? FieldChange.keep() : publishedYear;
        }
    }
}
