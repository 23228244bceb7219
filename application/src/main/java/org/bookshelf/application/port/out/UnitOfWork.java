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

    /**
     * Runs {@code work} that only reads, through the {@link CatalogueReads}, and answers its result. Each
     * call of them answers from one consistent state of the store, but two calls may see the changes committed
     * between them: work that must see one state across calls runs with {@link #run} instead. Inside a
     * unit of work, joins it. By default a unit of work of its own; an adapter whose reads are each
     * consistent on their own may run {@code work} with no transaction at all, which costs it nothing but
     * the reads.
     *
     * @throws org.bookshelf.application.exception.StoreUnavailableException when the store could not be
     *         reached; nothing was read
     */
    default <T> T read(Supplier<T> work) {
        return run(work);
    }
}
