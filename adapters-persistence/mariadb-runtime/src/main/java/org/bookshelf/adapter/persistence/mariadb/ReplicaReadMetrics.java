package org.bookshelf.adapter.persistence.mariadb;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Where the reads made outside units of work went, why some went to the primary, and how each replica is. */
final class ReplicaReadMetrics {

    private static final String PRIMARY = "primary";

    /** Why a read went to the primary although there are replicas. */
    enum Fallback {
        /** no replica was healthy */
        NO_HEALTHY_REPLICA,
        /** the replica had not applied the position the read must see, even after waiting */
        REPLICA_BEHIND,
        /** the read failed on the replica and ran again on the primary */
        REPLICA_FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final List<Replica> replicas;
    private final Map<String, LongAdder> readsByTarget = new ConcurrentHashMap<>();
    private final Map<Fallback, LongAdder> fallbacks = new EnumMap<>(Fallback.class);

    ReplicaReadMetrics(List<Replica> replicas) {
        this.replicas = replicas;
        readsByTarget.put(PRIMARY, new LongAdder());
        replicas.forEach(replica -> readsByTarget.put(replica.name(), new LongAdder()));
        for (Fallback reason : Fallback.values()) {
            fallbacks.put(reason, new LongAdder());
        }
    }

    void readOn(Replica replica) {
        readsByTarget.get(replica.name()).increment();
    }

    void readOnPrimary(Fallback reason) {
        fallbacks.get(reason).increment();
        readsByTarget.get(PRIMARY).increment();
    }

    /** How many reads went to the primary for {@code reason}. */
    long fallbackCount(Fallback reason) {
        return fallbacks.get(reason).sum();
    }

    /**
     * Publishes on {@code registry}: {@code bookshelf.reads} (counter, by {@code target}: {@code primary} or a
     * replica's name), {@code bookshelf.reads.fallbacks} (counter, by {@code reason}), and per {@code replica}
     * {@code bookshelf.replica.lag} (gauge, seconds; NaN when unknown) and {@code bookshelf.replica.healthy} (1
     * or 0); and each replica's pool metrics ({@code hikaricp.connections}, {@code pool=bookshelf-replica-<name>}).
     */
    void publish(MeterRegistry registry) {
        readsByTarget.forEach((target, count) -> FunctionCounter.builder("bookshelf.reads", count, LongAdder::sum)
                .description("Reads made outside units of work, by the server that answered them")
                .tag("target", target)
                .register(registry));
        fallbacks.forEach((reason, count) -> FunctionCounter.builder("bookshelf.reads.fallbacks", count, LongAdder::sum)
                .description("Reads answered by the primary although there are replicas, by why")
                .tag("reason", reason.tag())
                .register(registry));
        for (Replica replica : replicas) {
            Gauge.builder(
                            "bookshelf.replica.lag",
                            replica,
                            r -> r.health().lag() == null
                                    ? Double.NaN
                                    : r.health().lag().toMillis() / 1000.0)
                    .description("How far behind the primary the replica was at its last check")
                    .baseUnit("seconds")
                    .tag("replica", replica.name())
                    .register(registry);
            Gauge.builder("bookshelf.replica.healthy", replica, r -> r.isHealthy() ? 1 : 0)
                    .description("Whether the replica gets reads (1) or not (0)")
                    .tag("replica", replica.name())
                    .register(registry);
            replica.pool().setMetricRegistry(registry);
        }
    }
}
