package org.bookshelf.application.service;

import java.util.HashSet;
import java.util.Set;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/** The look-ups and checks the use case services share: each answers or throws the typed refusal. */
final class Catalogue {

    private Catalogue() {
    }

    static Book bookForUpdate(LoadBookPort books, BookId bookId) {
        return books.loadForUpdate(bookId).orElseThrow(() -> new BookNotFoundException(bookId));
    }

    static Author authorForUpdate(LoadAuthorPort authors, AuthorId authorId) {
        return authors.loadForUpdate(authorId).orElseThrow(() -> new AuthorNotFoundException(authorId));
    }

    /** Fails with {@link AuthorNotFoundException} unless the author exists; keeps it until the unit of work ends. */
    static void requireAuthor(LoadAuthorPort authors, AuthorId authorId) {
        if (authors.lockExisting(Set.of(authorId)).isEmpty()) {
            throw new AuthorNotFoundException(authorId);
        }
    }

    /** Fails with {@link UnknownAuthorsException} unless every author to credit exists. */
    static void requireAuthors(LoadAuthorPort authors, Authorship authorship) {
        if (authorship.size() == 0) {
            return;
        }
        Set<AuthorId> unknown = new HashSet<>(authorship.authorIds());
        unknown.removeAll(authors.lockExisting(authorship.authorIds()));
        if (!unknown.isEmpty()) {
            throw new UnknownAuthorsException(unknown);
        }
    }

    /** Fails with {@link VersionConflictException} when the caller expected another version. */
    static void requireVersion(String what, Long expectedVersion, long currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new VersionConflictException(what, expectedVersion, currentVersion);
        }
    }

    /**
     * Fails with {@link VersionConflictException} unless the locked book is still at the revision the caller
     * expected; {@code null} expects none. Only when the book's own version matches are its credited
     * authors' versions read (the book once more, through the query port), in the unit of work that holds
     * the book's lock: its credits cannot change before the change that follows is stored, and a rename
     * committed before this unit of work is seen.
     */
    static void requireRevision(QueryBooksPort books, Book locked, BookRevision expected) {
        if (expected == null) {
            return;
        }
        requireVersion("book " + locked.id(), expected.version(), locked.version());
        long authorsVersion = bookView(books, locked.id()).revision().authorsVersion();
        if (authorsVersion != expected.authorsVersion()) {
            throw VersionConflictException.creditedAuthorsChanged(locked.id(), expected.authorsVersion(),
                    authorsVersion);
        }
    }

    /** The book as clients see it, read inside the unit of work that holds it (and may just have written it). */
    static BookView bookView(QueryBooksPort books, BookId bookId) {
        return books.findBook(bookId)
                .orElseThrow(() -> new IllegalStateException("book " + bookId + " vanished inside its own unit of work"));
    }

    static AuthorView authorView(Author author) {
        return new AuthorView(author.id(), author.name(), author.version());
    }
}
