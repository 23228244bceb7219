package org.bookshelf.application.exception;

/** The caller expected another version than the one stored: somebody changed it in between. */
public class VersionConflictException extends BookshelfException {

    private final long expectedVersion;
    private final long currentVersion;

    public VersionConflictException(String what, long expectedVersion, long currentVersion) {
        super(what + " is at version " + currentVersion + ", not " + expectedVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
