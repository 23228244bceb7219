package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The node of a Galera cluster that the service's connections go to, when {@code BOOKSHELF_DB_URL} names one
 * ({@code wsrep_on}): how it stands in its cluster, and what the service does about it. See
 * {@code docs/persistence.md}, <em>Galera</em>.
 *
 * <ul>
 * <li>Its state is checked at start and every {@link #CHECK_INTERVAL} on a connection of its own (through the same
 *     URL, so to the node new connections go to): a node serves while it is {@code Synced} in the primary
 *     component and ready. {@link #servingOnly} hands out no connection while it does not: a node that is behind,
 *     donating or cut off from its cluster is an outage, not a source of stale or refused answers.</li>
 * <li>Reads that must see a position ({@code Bookshelf-Position}) are causal ({@link #replicaForRead}): they run on
 *     connections that wait until the node has applied everything the cluster committed before them. The
 *     position a commit reports is the GTID Galera gave its write set.</li>
 * </ul>
 */
public final class GaleraNode implements ReadReplicas, AutoCloseable {

    /** How often the node's state is checked. */
    static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    /** How long a check may wait to connect, or for its answer. */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(1);

    /** Galera's {@code wsrep_local_state} of a node that is synced with its cluster. */
    private static final int SYNCED = 4;

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(GaleraNode.class);

    /**
     * What the last check found.
     *
     * @param clusterSize           nodes in the node's component ({@code wsrep_cluster_size}); 0 when unknown
     * @param synced                whether the node serves: ready, in the primary component, synced
     * @param flowControlPausedNanos how long replication has been paused by flow control since the node started
     * @param problem               why it does not serve, or {@code null}
     * @param answered              whether the node answered the check: {@code false} when it could not be reached
     */
    public record State(
            int clusterSize, boolean synced, long flowControlPausedNanos, String problem, boolean answered) {

        static State unreachable(String problem) {
            return new State(0, false, 0, problem, false);
        }
    }

    private final CheckConnection checkConnection;
    private final HikariDataSource causalReads;
    private final ScheduledExecutorService checks;
    private volatile State state = State.unreachable("not checked yet");

    private GaleraNode(String url, String user, String password) {
        this.checkConnection = new CheckConnection(url, user, password, CHECK_TIMEOUT);
        this.causalReads = PooledDataSources.createForCausalReads(url, user, password);
        this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bookshelf-galera-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether the server behind {@code dataSource} is a node of a Galera cluster ({@code wsrep_on}). */
    static boolean isGaleraNode(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet wsrepOn = statement.executeQuery("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) {
            return wsrepOn.next() && "ON".equalsIgnoreCase(wsrepOn.getString(2));
        }
    }

    /** Checks the node at {@code url} now, on the calling thread, then every {@link #CHECK_INTERVAL}. */
    static GaleraNode start(String url, String user, String password) {
        GaleraNode node = new GaleraNode(url, user, password);
        node.check();
        node.checks.scheduleWithFixedDelay(
                node::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return node;
    }

    /** What the last check found. */
    public State state() {
        return state;
    }

    private synchronized void check() {
        State found;
        try {
            found = stateOf(status(checkConnection.get()));
        } catch (SQLException | RuntimeException e) {
            checkConnection.close();
            found = State.unreachable("unreachable: " + e.getMessage());
        }
        if (found.synced() != state.synced()) {
            if (found.synced()) {
                LOG.info("The Galera node is synced with its cluster of {}: it serves again", found.clusterSize());
            } else {
                LOG.warn("The Galera node does not serve: {}", found.problem());
            }
        }
        state = found;
    }

    private static Map<String, String> status(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ("
                        + "'wsrep_cluster_size', 'wsrep_cluster_status', 'wsrep_local_state',"
                        + " 'wsrep_local_state_comment', 'wsrep_ready', 'wsrep_flow_control_paused_ns')")) {
            while (rows.next()) {
                values.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
            }
        }
        return values;
    }

    static State stateOf(Map<String, String> status) {
        int size = parseInt(status.get("wsrep_cluster_size"));
        long paused = parseLong(status.get("wsrep_flow_control_paused_ns"));
        String problem = null;
        if (!"ON".equals(status.get("wsrep_ready"))) {
            problem = "not ready (wsrep_ready=" + status.get("wsrep_ready") + ")";
        } else if (!"Primary".equals(status.get("wsrep_cluster_status"))) {
            problem = "not in the primary component (wsrep_cluster_status=" + status.get("wsrep_cluster_status") + ")";
        } else if (parseInt(status.get("wsrep_local_state")) != SYNCED) {
            problem = "not synced (wsrep_local_state=" + status.get("wsrep_local_state") + ", "
                    + status.get("wsrep_local_state_comment") + ")";
        }
        return new State(size, problem == null, paused, problem, true);
    }

    private static int parseInt(String value) {
        return (int) parseLong(value);
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@code pool}, handing out no connection while the last check found the node answering but not serving: such
     * a request fails at once as the store being unavailable. A node that did not answer the check is left to the
     * pool, which finds out for itself (and, with a {@code sequential} URL, connects to the next node).
     */
    DataSource servingOnly(DataSource pool) {
        return new ServingOnly(pool);
    }

    /** Causal reads for a request that sends a position; every other read runs on the pools' connections. */
    @Override
    public Optional<DataSource> replicaForRead(String readAfter) {
        return readAfter == null ? Optional.empty() : Optional.of(servingOnly(causalReads));
    }

    /** A causal read failed: it runs again on the pool, where it fails alike if the node does. */
    @Override
    public void readFailed(DataSource replica, RuntimeException failure) {
        LOG.debug("A causal read failed", failure);
    }

    @Override
    public String committedPositionQuery() {
        return "SELECT WSREP_LAST_WRITTEN_GTID()";
    }

    /**
     * Publishes the node's state on {@code registry}: {@code bookshelf.galera.cluster.size},
     * {@code bookshelf.galera.node.synced} (1 or 0) and {@code bookshelf.galera.flow.control.paused} (seconds,
     * a counter), and the causal reads' pool as {@code pool=bookshelf-causal-reads}.
     */
    void publishMetrics(MeterRegistry registry) {
        Gauge.builder("bookshelf.galera.cluster.size", this, node -> node.state.clusterSize())
                .description("Nodes in the Galera component of the node the service uses (wsrep_cluster_size)")
                .register(registry);
        Gauge.builder("bookshelf.galera.node.synced", this, node -> node.state.synced() ? 1 : 0)
                .description("1 while the Galera node the service uses is synced in the primary component")
                .register(registry);
        FunctionCounter.builder(
                        "bookshelf.galera.flow.control.paused", this, node -> node.state.flowControlPausedNanos() / 1e9)
                .baseUnit("seconds")
                .description("Time replication was paused by flow control (wsrep_flow_control_paused_ns)")
                .register(registry);
        causalReads.setMetricRegistry(registry);
    }

    /** Stops checking and closes the causal reads' pool. */
    @Override
    public synchronized void close() {
        checks.shutdownNow();
        checkConnection.close();
        causalReads.close();
    }

    /** A data source that refuses connections while the node answers but does not serve. */
    private final class ServingOnly implements DataSource {

        private final DataSource pool;

        ServingOnly(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseUnlessServing();
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseUnlessServing();
            return pool.getConnection(username, password);
        }

        private void refuseUnlessServing() throws SQLTransientConnectionException {
            State now = state;
            if (now.answered() && !now.synced()) {
                throw new SQLTransientConnectionException("the Galera node does not serve: " + now.problem(), "08000");
            }
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || pool.isWrapperFor(type);
        }
    }
}
