package org.bookshelf.adapter.persistence.mariadb;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.ReplicaReadMetrics.Fallback;

/**
 * Chooses the replica of a read: the next healthy one in turn (reachable, replicating, at most the maximum lag
 * behind); with none healthy, the primary. A read that must see a position runs on a replica only once that
 * replica has applied it: the replica is asked to wait for it at most {@link #POSITION_WAIT}
 * ({@code MASTER_GTID_WAIT}), and when it has not, the primary answers. A replica whose read failed gets no
 * reads until a check finds it healthy again.
 */
final class ReplicaChoice implements ReadReplicas {

    /** How long a read that must see a position waits for a replica to apply it before the primary answers. */
    static final Duration POSITION_WAIT = Duration.ofMillis(50);

    private final List<Replica> replicas;
    private final ReplicaReadMetrics metrics;
    private final AtomicInteger turn = new AtomicInteger();

    ReplicaChoice(List<Replica> replicas, ReplicaReadMetrics metrics) {
        this.replicas = replicas;
        this.metrics = metrics;
    }

    @Override
    public Optional<DataSource> replicaForRead(String readAfter) {
        Optional<Replica> next = nextHealthy();
        if (next.isEmpty()) {
            return onPrimary(Fallback.NO_HEALTHY_REPLICA);
        }
        Replica replica = next.get();
        if (readAfter != null && !replica.hasApplied(readAfter, POSITION_WAIT)) {
            return onPrimary(Fallback.REPLICA_BEHIND);
        }
        metrics.readOn(replica);
        return Optional.of(replica.pool());
    }

    /** The healthy replica whose turn it is, skipping those that are not. */
    private Optional<Replica> nextHealthy() {
        int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            if (replica.isHealthy()) {
                return Optional.of(replica);
            }
        }
        return Optional.empty();
    }

    private Optional<DataSource> onPrimary(Fallback reason) {
        metrics.readOnPrimary(reason);
        return Optional.empty();
    }

    @Override
    public void readFailed(DataSource replica, RuntimeException failure) {
        replicas.stream()
                .filter(candidate -> candidate.is(replica))
                .findFirst()
                .ifPresent(failed -> failed.readFailed(failure));
        onPrimary(Fallback.REPLICA_FAILED);
    }
}
