package org.bookshelf.adapter.persistence.mariadb;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bookshelf.adapter.persistence.mariadb.ReplicaReadMetrics.Fallback;

/**
 * The replicas of the primary that reads may run on, from open to close: a pool on each ({@link Replica}), their
 * {@linkplain ReplicaHealthChecks checks}, the {@linkplain ReplicaChoice choice} of a replica for each read and
 * the {@linkplain ReplicaReadMetrics metrics} of where reads went. See {@code docs/persistence.md},
 * <em>Replicas</em>. Which position a read must see is the MyBatis adapter's to say, per request.
 */
public final class ReplicaRouting implements AutoCloseable {

    private final List<Replica> replicas;
    private final ReplicaHealthChecks checks;
    private final ReplicaReadMetrics metrics;
    private final ReplicaChoice choice;

    private ReplicaRouting(List<Replica> replicas) {
        this.replicas = replicas;
        this.metrics = new ReplicaReadMetrics(replicas);
        this.choice = new ReplicaChoice(replicas, metrics);
        this.checks = ReplicaHealthChecks.start(replicas);
    }

    /**
     * Opens a pool on each replica {@code settings} names, as {@code settings.user()} (else
     * {@code primaryUser}), checks each once and then every {@link ReplicaHealthChecks#CHECK_INTERVAL}. A replica
     * that does not answer yet is no reason to fail: it gets reads once it is healthy.
     */
    public static ReplicaRouting open(ReplicaSettings settings, String primaryUser, String primaryPassword) {
        String user = settings.user() != null ? settings.user() : primaryUser;
        String password =
                settings.user() != null || settings.password() != null ? settings.password() : primaryPassword;
        List<Replica> replicas = new ArrayList<>();
        try {
            for (String url : settings.urls()) {
                replicas.add(new Replica(replicas.size() + 1, url, user, password, settings.maxLag()));
            }
        } catch (RuntimeException | Error e) {
            replicas.forEach(Replica::close);
            throw e;
        }
        return new ReplicaRouting(List.copyOf(replicas));
    }

    /** Where each read made outside a unit of work runs. */
    public ReadReplicas reads() {
        return choice;
    }

    /** How many reads went to the primary for {@code reason}. */
    long fallbackCount(Fallback reason) {
        return metrics.fallbackCount(reason);
    }

    /** Each replica as its last check found it, in the order of the settings. */
    public List<ReplicaState> states() {
        return replicas.stream()
                .map(replica -> {
                    Replica.Health health = replica.health();
                    return new ReplicaState(replica.name(), health.healthy(), health.lag(), health.problem());
                })
                .toList();
    }

    /**
     * A replica as its last check found it.
     *
     * @param lag     how far behind the primary it was, or {@code null} when unknown
     * @param problem why it gets no reads, or {@code null} when healthy
     */
    public record ReplicaState(String name, boolean healthy, Duration lag, String problem) {}

    /** Publishes where reads went and how each replica is on {@code registry}; see {@link ReplicaReadMetrics}. */
    public void publishMetrics(MeterRegistry registry) {
        metrics.publish(registry);
    }

    /** Stops the checks and closes every replica's connections. */
    @Override
    public void close() {
        checks.close();
        replicas.forEach(Replica::close);
    }
}
