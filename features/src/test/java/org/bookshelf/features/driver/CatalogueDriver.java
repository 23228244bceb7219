package org.bookshelf.features.driver;

import java.util.List;

/**
 * Everything the living documentation asks of a catalogue, in the catalogue's own terms and with plain
 * Java values, so that the same scenarios run on every stack: through the use cases on the in-memory
 * store, through the use cases on MariaDB, and over HTTP against the running service.
 *
 * <p>Ids are opaque strings handed out by the catalogue; the steps only pass back ids they were given.
 * {@code null} stands for "not given" wherever a parameter is a reference type: no ISBN, no year, no
 * expected version or copy (change whatever the version), no page size (the catalogue's default), no
 * marker (the first page).
 *
 * <p>Every refusal is a {@link CatalogueRefusal} naming one {@link Outcome}; any other exception means
 * the stack broke and fails the scenario. A driver for a stack that can only tell a little (an HTTP
 * status and a problem type) maps that onto the outcome kinds; the steps never learn which stack runs.
 *
 * <p>A driver answers a catalogue of its own: a stack hands every scenario a catalogue that holds
 * nothing but what that scenario put in.
 */
public interface CatalogueDriver {

    // Authors

    /** Registers an author; two authors may share a name. */
    AuthorDetails registerAuthor(String name);

    /** The author as it is now. Refused {@link Outcome#NOT_FOUND} when there is no such author. */
    AuthorDetails author(String authorId);

    /**
     * Renames an author.
     *
     * @param expectedVersion refused {@link Outcome#STALE_VERSION} unless the author is at this version
     */
    AuthorDetails renameAuthor(String authorId, String newName, Long expectedVersion);

    /**
     * Deletes an author. Refused {@link Outcome#STILL_CREDITED} while a book credits them, unless
     * {@code removingCredits}: then their credits go first, in the same change.
     */
    void deleteAuthor(String authorId, boolean removingCredits);

    /** A page of the authors matching the search, ordered by name (ignoring case), then id. */
    Listing<AuthorDetails> findAuthors(AuthorSearch search, Paging paging);

    // Books

    /**
     * Registers a book, crediting its authors in the order given. Refused {@link Outcome#UNKNOWN_AUTHOR}
     * when one of them is not in the catalogue, {@link Outcome#DUPLICATE_ISBN} when another book has the ISBN.
     */
    BookDetails registerBook(NewBook book);

    /** The book with its authors in credit order. */
    BookDetails book(String bookId);

    /** The book as a reader reads it to keep it. */
    BookCopy copyOf(String bookId);

    /**
     * Whether the copy still shows the book as it is: neither the book nor one of its credited authors
     * has changed since it was read.
     */
    boolean isCurrent(BookCopy copy);

    /**
     * Changes a book's title, ISBN or year of publication, as one change.
     *
     * @param asRead refused {@link Outcome#STALE_VERSION} unless the copy still shows the book as it is
     */
    BookDetails changeBook(String bookId, BookChanges changes, BookCopy asRead);

    /** Deletes a book and its credits; its authors stay. */
    void deleteBook(String bookId);

    /** A page of the books matching the search, ordered by title (ignoring case), then id. */
    Listing<BookDetails> findBooks(BookSearch search, Paging paging);

    // Authorship

    /** The authors of a book, in credit order. */
    List<AuthorRef> authorsOf(String bookId);

    /**
     * Credits an author on a book, after those already credited; crediting again changes nothing. Refused
     * {@link Outcome#AUTHORSHIP_FULL} when the book already credits the most authors allowed.
     */
    Credit credit(String bookId, String authorId);

    /** Takes an author's credit off a book; the others keep their order. Nothing changes when it was not there. */
    void removeCredit(String bookId, String authorId);

    /**
     * Sets the book's whole list of authors, in order. Refused {@link Outcome#UNKNOWN_AUTHOR} when one
     * of them is not in the catalogue.
     *
     * @param asRead refused {@link Outcome#STALE_VERSION} unless the copy still shows the book as it is
     */
    BookDetails replaceAuthors(String bookId, List<String> authorIds, BookCopy asRead);

    /**
     * A page of the books crediting an author, ordered by title (ignoring case), then id. Refused
     * {@link Outcome#NOT_FOUND} when there is no such author.
     */
    Listing<BookDetails> booksOf(String authorId, Paging paging);

    // Registering again under a key

    /**
     * Registers a book as {@link #registerBook(NewBook)} does, under a key of the client's choosing: the same
     * book under the same key again, within 24 hours, registers nothing and answers the book registered
     * the first time, as it is now. Refused {@link Outcome#KEY_REUSED} when the key came with another
     * registration, {@link Outcome#GONE} when the book it registered has been deleted since.
     */
    BookDetails registerBook(NewBook book, String key);

    /** Registers an author under a key, as {@link #registerBook(NewBook, String)} registers a book. */
    AuthorDetails registerAuthor(String name, String key);

    // Many books at once

    /**
     * Imports a file, {@code goodreads} (a Goodreads library export) or {@code jsonl} (JSON Lines, one book a
     * line), and answers what the import did once it has ended.
     */
    ImportReport importBooks(String format, String content);

    /** Every book of the catalogue as JSON Lines, as the catalogue exports them. */
    String export();
}
