package org.bookshelf.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads imports run on, as many as they ask for (two an import), daemons named {@code bookshelf-import-N}.
 * {@link #close} waits up to {@value #STOP_WAIT_SECONDS} s for running imports to end: stop them first
 * ({@link org.bookshelf.application.service.BookshelfFiles#close}).
 */
final class ImportWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorkers.class);
    private static final long STOP_WAIT_SECONDS = 20;

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "bookshelf-import-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("Imports still running {} s after the service began to stop", STOP_WAIT_SECONDS);
        }
    }
}
