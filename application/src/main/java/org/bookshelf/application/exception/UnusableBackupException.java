package org.bookshelf.application.exception;

/** A backup file was refused before anything was written: {@link #reason()} says why. */
public class UnusableBackupException extends BookshelfException {

    /** Why a backup file cannot be restored. */
    public enum Reason {
        /** It ends before its end line, or its end line's counts do not match its lines. */
        TRUNCATED,
        /** Its lines do not have the checksum its end line gives: changed since it was written. */
        ALTERED,
        /** Its header names no format this build reads, or it has none. */
        UNKNOWN_FORMAT,
        /** It was taken from a store whose schema is newer than this build's. */
        NEWER_SCHEMA,
        /** A line is not what the format allows there, though the file is whole. */
        MALFORMED
    }

    private final Reason reason;

    public UnusableBackupException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnusableBackupException(Reason reason, String message, Throwable cause) {
        this(reason, message);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
