package org.bookshelf.application.port.in;

import java.util.Objects;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;

/** Sets a book's whole ordered list of authors. */
public interface ReplaceAuthorsUseCase {

    /**
     * @throws BookNotFoundException    when no book has the id
     * @throws UnknownAuthorsException  when an author in the list does not exist
     * @throws VersionConflictException when the book is not at the command's expected revision
     */
    BookView replaceAuthors(ReplaceAuthorsCommand command);

    /**
     * @param expectedRevision the revision of the book the caller last saw, or {@code null} to replace
     *                         whatever the revision
     */
    record ReplaceAuthorsCommand(BookId bookId, Authorship authors, BookRevision expectedRevision) {
        public ReplaceAuthorsCommand {
            Objects.requireNonNull(bookId, "bookId");
            Objects.requireNonNull(authors, "authors");
        }
    }
}
