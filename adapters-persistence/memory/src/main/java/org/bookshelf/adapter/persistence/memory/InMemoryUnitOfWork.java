package org.bookshelf.adapter.persistence.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Units of work over plain maps: one at a time (a single lock, so they are serializable), each
 * writing an undo log that is played back, newest first, when the work throws.
 */
final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private Deque<Runnable> undoLog;

    @Override
    public <T> T run(Supplier<T> work) {
        lock.lock();
        try {
            if (undoLog != null) {
                return work.get();
            }
            undoLog = new ArrayDeque<>();
            try {
                T result = work.get();
                undoLog = null;
                return result;
            } catch (RuntimeException | Error failure) {
                rollBack();
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads under the lock, so a reader never sees half of a unit of work. */
    @Override
    public <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts {@code value} under {@code key} ({@code null} removes it), remembering how to undo it.
     *
     * @throws IllegalStateException outside a unit of work: a change there could not be rolled back
     */
    <K, V> void write(Map<K, V> map, K key, V value) {
        if (!lock.isHeldByCurrentThread() || undoLog == null) {
            throw new IllegalStateException("in-memory writes happen only inside a unit of work");
        }
        boolean present = map.containsKey(key);
        V previous = value == null ? map.remove(key) : map.put(key, value);
        undoLog.push(() -> {
            if (present) {
                map.put(key, previous);
            } else {
                map.remove(key);
            }
        });
    }

    private void rollBack() {
        Deque<Runnable> log = undoLog;
        undoLog = null;
        while (!log.isEmpty()) {
            log.pop().run();
        }
    }
}
