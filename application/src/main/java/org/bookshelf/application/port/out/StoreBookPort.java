package org.bookshelf.application.port.out;

import java.util.List;
import java.util.Objects;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/** Keeps books and their authorship. Only call inside a {@link UnitOfWork}. */
public interface StoreBookPort {

    /** A fresh id no book has had. */
    BookId nextBookId();

    /**
     * Stores a newly registered book with its authorship.
     *
     * @throws DuplicateIsbnException  when another book has its ISBN
     * @throws UnknownAuthorsException when a credited author does not exist
     */
    void insert(Book book);

    /**
     * Stores the changes made to a loaded book, writing only what changed.
     *
     * @param expectedVersion the version the book had when it was loaded
     * @throws VersionConflictException when the stored book is no longer at {@code expectedVersion}
     * @throws DuplicateIsbnException   when another book has its new ISBN
     * @throws UnknownAuthorsException  when a credited author does not exist
     */
    void update(Book book, long expectedVersion);

    /**
     * Stores the changes made to several loaded books, as {@link #update} does for each, in a number of
     * statements that does not grow with their number.
     *
     * @throws VersionConflictException when a stored book is no longer at its expected version
     * @throws DuplicateIsbnException   when another book has a new ISBN of one of them
     * @throws UnknownAuthorsException  when a credited author does not exist
     */
    void updateAll(List<BookChange> changes);

    /** A loaded book with its changes, and the version it had when it was loaded. */
    record BookChange(Book book, long expectedVersion) {

        public BookChange {
            Objects.requireNonNull(book, "book");
        }
    }

    /** Deletes the book and its authorship, never an author. Does nothing when it does not exist. */
    void delete(BookId bookId);
}
