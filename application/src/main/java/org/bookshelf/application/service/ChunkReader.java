package org.bookshelf.application.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import org.bookshelf.application.model.ImportRow;

/**
 * An import's rows read and {@linkplain ImportChunk#check checked} a chunk at a time on a thread of the executor,
 * one chunk ahead of the caller: while the caller stores a chunk, the next one is read. One checked chunk at
 * most waits to be taken, so at most three are in memory: the one stored, the one waiting and the one being
 * read. {@link #close} stops the reading and returns once it has ended (or, never started, will not start), so
 * that the rows are not touched any more and their source can be closed.
 */
final class ChunkReader implements AutoCloseable {

    /** Put after the last chunk. */
    private static final Object END = new Object();

    /** What stopped the reading, to be thrown to the caller in its turn. */
    private record Failure(Throwable cause) {}

    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
    private volatile boolean closed;
    /** The thread reading the rows while it does; guarded by {@code this}. */
    private Thread reader;

    private boolean ended;

    /** Starts reading {@code rows}, {@code chunkRows} at a time, on a thread of {@code workers}. */
    ChunkReader(Iterator<ImportRow> rows, int chunkRows, Executor workers) {
        workers.execute(() -> {
            synchronized (this) {
                if (closed) {
                    return;
                }
                reader = Thread.currentThread();
            }
            try {
                read(rows, chunkRows);
            } finally {
                synchronized (this) {
                    reader = null;
                    // An interrupt from close() is for this reading only, not for the thread's next task.
                    Thread.interrupted();
                    notifyAll();
                }
            }
        });
    }

    /**
     * The next chunk, checked, or {@code null} after the last one.
     *
     * @throws RuntimeException what reading the rows threw (such as an {@code UncheckedIOException}), in the
     *                          place of the chunk it stopped
     */
    ImportChunk next() {
        if (ended) {
            return null;
        }
        Object taken;
        try {
            taken = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next rows", e);
        }
        if (taken instanceof ImportChunk chunk) {
            return chunk;
        }
        ended = true;
        if (taken instanceof Failure failure) {
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.cause();
        }
        return null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        boolean interrupted = false;
        while (reader != null) {
            // Again and again: reading the rows may have swallowed an interrupt.
            reader.interrupt();
            try {
                wait(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Iterator<ImportRow> rows, int chunkRows) {
        try {
            try {
                List<ImportRow> chunk = new ArrayList<>(chunkRows);
                while (!closed && rows.hasNext()) {
                    chunk.add(rows.next());
                    if (chunk.size() == chunkRows) {
                        ready.put(ImportChunk.check(chunk));
                        chunk = new ArrayList<>(chunkRows);
                    }
                }
                if (!chunk.isEmpty() && !closed) {
                    ready.put(ImportChunk.check(chunk));
                }
                ready.put(END);
            } catch (RuntimeException | Error failure) {
                ready.put(new Failure(failure));
            }
        } catch (InterruptedException closing) {
            // Closed: nobody takes chunks any more.
        }
    }
}
