package org.bookshelf.adapter.persistence.mariadb;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Checks each replica ({@link Replica#check()}) once at start and then every {@link #CHECK_INTERVAL}. */
final class ReplicaHealthChecks implements AutoCloseable {

    /** How often each replica is checked. */
    static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    private final ScheduledExecutorService checks;

    private ReplicaHealthChecks(ScheduledExecutorService checks) {
        this.checks = checks;
    }

    /** Checks each of {@code replicas} now, on the calling thread, then on a daemon thread of its own. */
    static ReplicaHealthChecks start(List<Replica> replicas) {
        ScheduledExecutorService checks = Executors.newScheduledThreadPool(replicas.size(), task -> {
            Thread thread = new Thread(task, "bookshelf-replica-check");
            thread.setDaemon(true);
            return thread;
        });
        for (Replica replica : replicas) {
            replica.check();
            checks.scheduleWithFixedDelay(
                    replica::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new ReplicaHealthChecks(checks);
    }

    /** Stops checking. */
    @Override
    public void close() {
        checks.shutdownNow();
    }
}
