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
 * Tells whether something the service depends on answers, by running a check of it: the store (reading the
 * first author through the same use case a client would, {@link #ofStore}) or a {@link ReadinessCheck}. Waits
 * at most {@code timeout}; a check that hangs is reported as failed, and at most one check runs at a time,
 * so a hanging dependency never piles up threads. Once the dependency answers again, so does the probe.
 */
final class Probe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Probe.class);

    private final String name;
    private final Runnable check;
    private final Duration timeout;
    private final ExecutorService executor;
    private CompletableFuture<Void> running;

    /** @param check returns when the dependency answers, throws when it does not */
    Probe(String name, Runnable check, Duration timeout) {
        this.name = name;
        this.check = check;
        this.timeout = timeout;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bookshelf-probe-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The probe named {@code store}: does the catalogue's store answer a read? */
    static Probe ofStore(FindAuthorsUseCase findAuthors, Duration timeout) {
        return new Probe("store", () -> findAuthors.findAuthors(AuthorFilter.all(), PageRequest.first(1)), timeout);
    }

    /** What the probe checks, such as {@code store}. */
    String name() {
        return name;
    }

    /** Whether the check passed within the timeout. */
    boolean passes() {
        CompletableFuture<Void> probe = currentProbe();
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.warn("The {} check did not answer within {} ms", name, timeout.toMillis());
            return false;
        } catch (ExecutionException e) {
            LOG.warn("The {} check failed: {}", name, e.getCause().toString());
            LOG.debug("The {} check's failure", name, e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Void> currentProbe() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.runAsync(check, executor);
        }
        return running;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
