package org.bookshelf.application.model;

import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.domain.BookId;

/**
 * What a copy of a book is compared against to tell whether it still shows the book as it is: the book's
 * own version and the version of its credited authors.
 *
 * <p>The book's version moves with every change to its details or its authorship, but not when one of
 * its authors is renamed, although a copy of the book shows their names. The authors' version covers
 * that: it is the sum of the credited authors' versions. While the book stays at one version its
 * credited authors stay the same, and an author's version only grows, so the sum moves with every
 * rename of one of them and never comes back to a value it had.
 *
 * @param version        the book's own version
 * @param authorsVersion the sum of the credited authors' versions; 0 when nobody is credited
 */
public record BookRevision(long version, long authorsVersion) {

    /**
     * Fails unless this revision of the book is the one the caller expected.
     *
     * @param expected {@code null} when the caller expects none
     * @throws VersionConflictException when the book or one of its credited authors has changed since
     */
    public void requireExpected(BookId bookId, BookRevision expected) {
        if (expected == null) {
            return;
        }
        if (expected.version != version) {
            throw new VersionConflictException("book " + bookId, expected.version, version);
        }
        if (expected.authorsVersion != authorsVersion) {
            throw VersionConflictException.creditedAuthorsChanged(bookId, expected.authorsVersion, authorsVersion);
        }
    }
}
