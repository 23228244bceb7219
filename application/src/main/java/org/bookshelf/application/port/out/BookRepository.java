package org.bookshelf.application.port.out;

import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/**
 * The books with their authorship, each changed as a whole: loaded locked, changed through {@link Book}, saved.
 * Only call inside a {@link UnitOfWork}; a write called outside any runs in a unit of work of its own.
 */
public interface BookRepository {

    /** A fresh id no book has had. */
    BookId nextId();

    /**
     * The book, locked against concurrent changes until the unit of work ends, or empty when none
     * has this id.
     */
    Optional<Book> loadForUpdate(BookId bookId);

    /** Every book crediting the author, each locked as by {@link #loadForUpdate}, in id order. */
    List<Book> loadCreditingForUpdate(AuthorId authorId);

    /**
     * The revision of a book this unit of work loaded, as it was loaded: its {@link Book#loadedVersion()} and
     * the versions of the authors it credited then, read with it after its lock was granted.
     */
    BookRevision revisionAsLoaded(Book book);

    /**
     * Stores a new book ({@link Book#NOT_STORED}) with its authorship, or the changes made to a loaded one,
     * writing only what changed: nothing at all when it {@linkplain Book#hasChanges() has none}.
     *
     * @return the book as stored, with the name and version of each author it credits, known from what this
     *         unit of work read and wrote: the book is not read back
     * @throws org.bookshelf.application.exception.VersionConflictException when the stored book is no longer at
     *         the version it was loaded at
     * @throws org.bookshelf.application.exception.DuplicateIsbnException   when another book has its ISBN
     * @throws org.bookshelf.application.exception.UnknownAuthorsException  when a credited author does not exist
     */
    BookView save(Book book);

    /**
     * Stores the changes made to several loaded books, as {@link #save} does for each, in a number of statements
     * that does not grow with their number.
     */
    void saveAll(List<Book> books);

    /** Deletes the book and its authorship, never an author. Does nothing when it does not exist. */
    void delete(BookId bookId);
}
