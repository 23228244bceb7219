package org.bookshelf.adapter.persistence.mariadb;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads on MariaDB replicas of the primary, each checked every {@link #CHECK_INTERVAL}, with read-your-writes
 * by GTID position. See {@code docs/persistence.md}, <em>Replicas</em>.
 *
 * <ul>
 * <li>A read goes to the next healthy replica in turn (reachable, replicating, at most the maximum lag behind);
 *     with none healthy, to the primary. A read that fails on a replica is run again on the primary, and the
 *     replica gets no reads until a check finds it healthy again.</li>
 * <li>The web edge opens a {@linkplain #beginRequest request scope} on the request's thread. A unit of work that
 *     commits in it reads the primary's position on its own connection ({@code @@gtid_binlog_pos}) and reports
 *     it (the {@code Bookshelf-Position} header). A read in a scope that names a position the client has seen
 *     runs on a replica only once that replica has applied it: the replica is asked to wait for it at most
 *     {@link #POSITION_WAIT} ({@code MASTER_GTID_WAIT}), and when it has not, the primary answers.</li>
 * <li>Metrics: reads by target, fallbacks to the primary by reason, each replica's lag and health.</li>
 * </ul>
 */
public final class ReplicaRouting implements ReadReplicas, AutoCloseable {

    /** How often each replica is checked. */
    static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    /** How long a read that must see a position waits for a replica to apply it before the primary answers. */
    static final Duration POSITION_WAIT = Duration.ofMillis(50);

    /** A GTID as MariaDB writes it: {@code domain-server-sequence}. */
    private static final Pattern GTID = Pattern.compile("(\\d{1,10})-(\\d{1,10})-(\\d{1,20})");

    /** The most domains a position may name; MariaDB deployments use a handful. */
    private static final int MAX_DOMAINS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaRouting.class);
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

    /** What a request on this thread must see, and whom to tell where its commits left the primary. */
    private static final class RequestScope {
        private String readAfter;
        private final Consumer<String> committedAt;

        RequestScope(String readAfter, Consumer<String> committedAt) {
            this.readAfter = readAfter;
            this.committedAt = committedAt;
        }
    }

    private final List<Replica> replicas;
    private final ScheduledExecutorService checks;
    private final AtomicInteger turn = new AtomicInteger();
    private final ThreadLocal<RequestScope> scope = new ThreadLocal<>();
    private final Map<String, LongAdder> readsByTarget = new ConcurrentHashMap<>();
    private final Map<Fallback, LongAdder> fallbacks = new ConcurrentHashMap<>();

    private ReplicaRouting(List<Replica> replicas) {
        this.replicas = replicas;
        this.checks = Executors.newScheduledThreadPool(replicas.size(), task -> {
            Thread thread = new Thread(task, "bookshelf-replica-check");
            thread.setDaemon(true);
            return thread;
        });
        readsByTarget.put(PRIMARY, new LongAdder());
        replicas.forEach(replica -> readsByTarget.put(replica.name(), new LongAdder()));
        for (Fallback reason : Fallback.values()) {
            fallbacks.put(reason, new LongAdder());
        }
    }

    /**
     * Opens a pool on each replica {@code settings} names, as {@code settings.user()} (else
     * {@code primaryUser}), checks each once and then every {@link #CHECK_INTERVAL}. A replica that does not
     * answer yet is no reason to fail: it gets reads once it is healthy.
     */
    public static ReplicaRouting open(ReplicaSettings settings, String primaryUser, String primaryPassword) {
        String user = settings.user() != null ? settings.user() : primaryUser;
        String password = settings.user() != null || settings.password() != null ? settings.password() : primaryPassword;
        List<Replica> replicas = new ArrayList<>();
        try {
            for (String url : settings.urls()) {
                replicas.add(new Replica(replicas.size() + 1, url, user, password, settings.maxLag()));
            }
        } catch (RuntimeException | Error e) {
            replicas.forEach(Replica::close);
            throw e;
        }
        ReplicaRouting routing = new ReplicaRouting(List.copyOf(replicas));
        for (Replica replica : replicas) {
            replica.check();
            routing.checks.scheduleWithFixedDelay(replica::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return routing;
    }

    /**
     * Whether {@code value} is a GTID position as the primary reports one: {@code 0-1-42}, or one such GTID
     * per domain, comma-separated, each number in MariaDB's range (domain and server id 32 bits, sequence 64
     * bits, unsigned). Nothing else reaches {@code MASTER_GTID_WAIT}, whose refusal would count against the
     * replica.
     */
    public static boolean isPosition(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String[] gtids = value.split(",", -1);
        Set<Long> domains = new HashSet<>();
        for (String gtid : gtids) {
            Matcher parts = GTID.matcher(gtid);
            if (gtids.length > MAX_DOMAINS || !parts.matches() || !fitsUnsigned(parts.group(1), 32)
                    || !fitsUnsigned(parts.group(2), 32) || !fitsUnsigned(parts.group(3), 64)
                    || !domains.add(Long.parseLong(parts.group(1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsUnsigned(String digits, int bits) {
        return new BigInteger(digits).bitLength() <= bits;
    }

    /**
     * Until {@link #endRequest()} on this thread: reads see at least {@code readAfter} (a
     * {@linkplain #isPosition position}, or {@code null} for any), and every unit of work that commits reports
     * the primary's position after it to {@code committedAt}, one statement more (none when
     * {@code committedAt} is {@code null}); later reads then see that position too.
     */
    public void beginRequest(String readAfter, Consumer<String> committedAt) {
        if (readAfter != null && !isPosition(readAfter)) {
            throw new IllegalArgumentException("not a GTID position: " + readAfter);
        }
        scope.set(new RequestScope(readAfter, committedAt));
    }

    /** Ends what {@link #beginRequest} began on this thread. */
    public void endRequest() {
        scope.remove();
    }

    @Override
    public Optional<DataSource> replicaForRead() {
        Optional<Replica> next = nextHealthy();
        if (next.isEmpty()) {
            return onPrimary(Fallback.NO_HEALTHY_REPLICA);
        }
        Replica replica = next.get();
        RequestScope request = scope.get();
        if (request != null && request.readAfter != null && !replica.hasApplied(request.readAfter, POSITION_WAIT)) {
            return onPrimary(Fallback.REPLICA_BEHIND);
        }
        readsByTarget.get(replica.name()).increment();
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
        fallbacks.get(reason).increment();
        readsByTarget.get(PRIMARY).increment();
        return Optional.empty();
    }

    @Override
    public void readFailed(DataSource replica, RuntimeException failure) {
        replicas.stream().filter(candidate -> candidate.is(replica)).findFirst()
                .ifPresent(failed -> failed.readFailed(failure));
        onPrimary(Fallback.REPLICA_FAILED);
    }

    @Override
    public void committed(Connection connection) {
        RequestScope request = scope.get();
        if (request == null || request.committedAt == null) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet position = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
            if (position.next() && isPosition(position.getString(1))) {
                request.readAfter = position.getString(1);
                request.committedAt.accept(request.readAfter);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not read the primary's position after a commit; the answer goes without it", e);
        }
    }

    /** How many reads went to the primary for {@code reason}. */
    long fallbackCount(Fallback reason) {
        return fallbacks.get(reason).sum();
    }

    /** Each replica as its last check found it, in the order of the settings. */
    public List<ReplicaState> states() {
        return replicas.stream().map(replica -> {
            Replica.Health health = replica.health();
            return new ReplicaState(replica.name(), health.healthy(), health.lag(), health.problem());
        }).toList();
    }

    /**
     * A replica as its last check found it.
     *
     * @param lag     how far behind the primary it was, or {@code null} when unknown
     * @param problem why it gets no reads, or {@code null} when healthy
     */
    public record ReplicaState(String name, boolean healthy, Duration lag, String problem) {
    }

    /**
     * Publishes on {@code registry}: {@code bookshelf.reads} (counter, by {@code target}: {@code primary} or a
     * replica's name), {@code bookshelf.reads.fallbacks} (counter, by {@code reason}), and per {@code replica}
     * {@code bookshelf.replica.lag} (gauge, seconds; NaN when unknown) and {@code bookshelf.replica.healthy} (1
     * or 0); and each replica's pool metrics ({@code hikaricp.connections}, {@code pool=bookshelf-replica-<name>}).
     */
    public void publishMetrics(MeterRegistry registry) {
        readsByTarget.forEach((target, count) -> FunctionCounter.builder("bookshelf.reads", count, LongAdder::sum)
                .description("Reads made outside units of work, by the server that answered them")
                .tag("target", target).register(registry));
        fallbacks.forEach((reason, count) -> FunctionCounter.builder("bookshelf.reads.fallbacks", count, LongAdder::sum)
                .description("Reads answered by the primary although there are replicas, by why")
                .tag("reason", reason.tag()).register(registry));
        for (Replica replica : replicas) {
            Gauge.builder("bookshelf.replica.lag", replica, r -> r.health().lag() == null ? Double.NaN
                            : r.health().lag().toMillis() / 1000.0)
                    .description("How far behind the primary the replica was at its last check").baseUnit("seconds")
                    .tag("replica", replica.name()).register(registry);
            Gauge.builder("bookshelf.replica.healthy", replica, r -> r.isHealthy() ? 1 : 0)
                    .description("Whether the replica gets reads (1) or not (0)")
                    .tag("replica", replica.name()).register(registry);
            replica.pool().setMetricRegistry(registry);
        }
    }

    /** Stops the checks and closes every replica's connections. */
    @Override
    public void close() {
        checks.shutdownNow();
        replicas.forEach(Replica::close);
    }
}
