package org.bookshelf.application.exception;

import org.bookshelf.domain.BookId;

/** The caller expected another version than the one stored: somebody changed it in between. */
public class VersionConflictException extends BookshelfException {

    private final long expectedVersion;
    private final long currentVersion;

    public VersionConflictException(String what, long expectedVersion, long currentVersion) {
        this(expectedVersion, currentVersion, what + " is at version " + currentVersion + ", not " + expectedVersion);
    }

    private VersionConflictException(long expectedVersion, long currentVersion, String message) {
        super(message);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /**
     * The book is at the version the caller expected, but one of its credited authors has changed since; the
     * versions are those of the credited authors (see {@link org.bookshelf.application.model.BookRevision}).
     */
    public static VersionConflictException creditedAuthorsChanged(
            BookId bookId, long expectedAuthorsVersion, long currentAuthorsVersion) {
        return new VersionConflictException(
                expectedAuthorsVersion,
                currentAuthorsVersion,
                "an author credited on book " + bookId + " has changed since: the credited authors are at version "
                        + currentAuthorsVersion + ", not " + expectedAuthorsVersion);
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
