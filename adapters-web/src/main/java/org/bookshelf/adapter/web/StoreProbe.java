package org.bookshelf.adapter.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.FindAuthorsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether the catalogue's store answers, by reading the first author through the same use case a
 * client would. Waits at most {@code timeout}; a store that hangs is reported as not answering, and at
 * most one probe runs at a time, so a hanging store never piles up threads. Once the store answers
 * again, so does the probe.
 */
final class StoreProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreProbe.class);

    private final FindAuthorsUseCase findAuthors;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bookshelf-store-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> running;

    StoreProbe(FindAuthorsUseCase findAuthors, Duration timeout) {
        this.findAuthors = findAuthors;
        this.timeout = timeout;
    }

    /** Whether the store answered a read within the timeout. */
    boolean storeAnswers() {
        CompletableFuture<Void> probe = currentProbe();
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.warn("The store did not answer within {} ms", timeout.toMillis());
            return false;
        } catch (ExecutionException e) {
            LOG.warn("The store failed to answer: {}", e.getCause().toString());
            LOG.debug("Store failure", e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Void> currentProbe() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.runAsync(
                    () -> findAuthors.findAuthors(AuthorFilter.all(), PageRequest.first(1)), executor);
        }
        return running;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
