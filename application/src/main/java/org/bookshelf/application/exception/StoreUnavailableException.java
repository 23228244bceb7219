package org.bookshelf.application.exception;

/**
 * The catalogue's store could not be reached, or stopped answering, before the unit of work was done. The
 * same request may succeed once the store answers again.
 *
 * <p>Nothing was changed, unless {@link #outcomeUnknown()}: the store stopped answering while it was
 * committing the changes, and may have kept them or not. A caller that must know reads the state again
 * before retrying a change that is not idempotent.
 */
public class StoreUnavailableException extends BookshelfException {

    private final boolean outcomeUnknown;

    /** The store failed before any change was committed: nothing was changed. */
    public StoreUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message);
        initCause(cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** The store stopped answering while committing: the changes may or may not have been kept. */
    public static StoreUnavailableException outcomeUnknown(String message, Throwable cause) {
        return new StoreUnavailableException(message, cause, true);
    }

    /** Whether the store stopped answering while committing, so that the changes may have been kept. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
