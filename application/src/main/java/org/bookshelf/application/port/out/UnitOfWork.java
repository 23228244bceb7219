package org.bookshelf.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case as one atomic unit of work: every change made through the driven ports inside
 * {@code work} is kept together, or, when {@code work} throws, none is.
 *
 * <p>An adapter may run {@code work} again when the store reports a transient conflict with a
 * concurrent unit of work (a deadlock, say), so {@code work} must act on the world only through ports.
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} atomically and answers its result; rethrows what it throws, after rolling back.
     *
     * @throws org.bookshelf.application.exception.ConcurrentChangeException when the store still reported
     *         a transient conflict after the adapter's last retry; nothing was changed
     * @throws org.bookshelf.application.exception.StoreUnavailableException when the store could not be
     *         reached or stopped answering; nothing was changed, unless it stopped while committing
     *         ({@code outcomeUnknown()}), when the changes may or may not have been kept
     */
    <T> T run(Supplier<T> work);
}
