package org.bookshelf.application.service;

import java.util.Set;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
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

    /** Fails with {@link VersionConflictException} when the caller expected another version. */
    static void requireVersion(String what, Long expectedVersion, long currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new VersionConflictException(what, expectedVersion, currentVersion);
        }
    }

    /**
     * Fails with {@link VersionConflictException} unless the locked book is still at the revision the caller
     * expected; {@code null} expects none. The credited authors' versions are those the unit of work read
     * with the book, after its lock was granted: its credits cannot change before the change that follows
     * is stored, and a rename committed before this unit of work is seen.
     */
    static void requireRevision(LoadBookPort books, Book locked, BookRevision expected) {
        if (expected == null) {
            return;
        }
        requireVersion("book " + locked.id(), expected.version(), locked.version());
        long authorsVersion = books.describe(locked).revision().authorsVersion();
        if (authorsVersion != expected.authorsVersion()) {
            throw VersionConflictException.creditedAuthorsChanged(locked.id(), expected.authorsVersion(),
                    authorsVersion);
        }
    }

    static AuthorView authorView(Author author) {
        return new AuthorView(author.id(), author.name(), author.version());
    }
}
