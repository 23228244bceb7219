package org.bookshelf.application.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bookshelf.application.exception.SearchesBusyException;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.search.Suggestions;

/**
 * How many searches an instance runs at once: a search may walk thousands of rows, and reads are public, so
 * without a limit a few clients repeating a costly search would take every core from the other readers. A
 * search waits its turn for a moment, then is refused; listings without a search do not wait.
 */
final class SearchSlots {

    /** How long a search waits for a slot before it is refused. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private final Semaphore slots;
    private final int count;
    private final Duration wait;

    SearchSlots(int count, Duration wait) {
        this.slots = new Semaphore(count, true);
        this.count = count;
        this.wait = wait;
    }

    /** One slot per two processors, at least one: searches can take half of the machine, never all of it. */
    static SearchSlots forThisMachine() {
        return new SearchSlots(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), WAIT);
    }

    /**
     * Runs {@code search} in a slot.
     *
     * @throws SearchesBusyException when no slot came free in time
     */
    <T> T run(Supplier<T> search) {
        try {
            if (!slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SearchesBusyException(count);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchesBusyException(count);
        }
        try {
            return search.get();
        } finally {
            slots.release();
        }
    }

    /**
     * A page of a listing {@code find} reads: as it is when nothing is searched; else in a slot, with the words of
     * the catalogue closest to {@code search}'s when its first page is empty.
     */
    <T> Page<T> page(
            SearchQuery search,
            PageRequest page,
            WordScope scope,
            UnitOfWork unitOfWork,
            CatalogueReads reads,
            Supplier<Page<T>> find) {
        if (search == null) {
            return find.get();
        }
        return run(() -> {
            Page<T> found = find.get();
            if (!found.items().isEmpty() || found.nextCursor() != null || page.cursor() != null) {
                return found;
            }
            return found.suggesting(unitOfWork.read(() -> Suggestions.of(search, scope, reads)));
        });
    }
}
