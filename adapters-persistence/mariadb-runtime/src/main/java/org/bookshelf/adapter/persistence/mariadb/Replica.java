package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica of the primary: its pool of read connections and what its last health check found. A check
 * ({@link #check()}) runs on a connection of its own, so a busy pool never delays it, with a short socket
 * timeout, so a replica that hangs is found out as fast as one that is gone.
 */
final class Replica implements AutoCloseable {

    /** How long a health check may wait to connect to the replica, or for its answer. */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);
    private static final Pattern HOST_AND_PORT =
            Pattern.compile("^jdbc:(?:mariadb|mysql):(?:[a-z]+:)?//(?:[^@/]*@)?([^/?,;]+)");

    /**
     * What the last check found: healthy or not, how far behind the primary the replica was (when it said),
     * and why it is not healthy.
     *
     * @param lag     {@code null} when unknown: unreachable, or not replicating
     * @param problem {@code null} when healthy
     */
    record Health(boolean healthy, Duration lag, String problem) {

        static Health down(Duration lag, String problem) {
            return new Health(false, lag, problem);
        }
    }

    private final String name;
    private final CheckConnection checkConnection;
    private final Duration maxLag;
    private final HikariDataSource pool;
    private volatile Health health = Health.down(null, "not checked yet");

    /** @param index the replica's place in the settings, from 1: its name when its URL names no host */
    Replica(int index, String url, String user, String password, Duration maxLag) {
        this.name = nameOf(index, url);
        this.maxLag = maxLag;
        this.checkConnection = new CheckConnection(url, user, password, CHECK_TIMEOUT);
        this.pool = PooledDataSources.createForReplica("bookshelf-replica-" + name, url, user, password);
    }

    /** The replica's host and port as its URL gives them, such as {@code db2:3306}: its name in metrics and health. */
    static String nameOf(int index, String url) {
        Matcher hostAndPort = HOST_AND_PORT.matcher(url);
        return hostAndPort.find() ? hostAndPort.group(1) : "replica-" + index;
    }

    String name() {
        return name;
    }

    HikariDataSource pool() {
        return pool;
    }

    boolean is(DataSource dataSource) {
        return pool == dataSource;
    }

    Health health() {
        return health;
    }

    boolean isHealthy() {
        return health.healthy();
    }

    /**
     * Asks the replica how its replication is: healthy when both its threads run (receiving from the primary,
     * applying what it received) and it is at most the maximum lag behind.
     */
    synchronized void check() {
        Health found;
        try {
            found = replicationStatus(checkConnection.get());
        } catch (SQLException | RuntimeException e) {
            // a check that throws must still end in a verdict: the next one is scheduled only if this returns
            checkConnection.close();
            found = Health.down(null, "unreachable: " + e.getMessage());
        }
        if (found.healthy() != health.healthy()) {
            if (found.healthy()) {
                LOG.info("Replica {} is healthy: reads go to it", name);
            } else {
                LOG.warn("Replica {} gets no reads: {}", name, found.problem());
            }
        }
        health = found;
    }

    private Health replicationStatus(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet status = statement.executeQuery("SHOW REPLICA STATUS")) {
            if (!status.next()) {
                return Health.down(null, "not a replica: it follows no primary");
            }
            String receiving = status.getString("Slave_IO_Running");
            String applying = status.getString("Slave_SQL_Running");
            long seconds = status.getLong("Seconds_Behind_Master");
            Duration lag = status.wasNull() ? null : Duration.ofSeconds(seconds);
            if (!"Yes".equals(receiving) || !"Yes".equals(applying) || lag == null) {
                return Health.down(
                        lag, "replication is not running (receiving: " + receiving + ", applying: " + applying + ")");
            }
            if (lag.compareTo(maxLag) > 0) {
                return Health.down(
                        lag,
                        lag.toSeconds() + " s behind the primary, more than the " + maxLag.toMillis() / 1000.0
                                + " s allowed");
            }
            return new Health(true, lag, null);
        }
    }

    /** A read on the replica failed: no more reads go to it until a check finds it healthy again. */
    void readFailed(Throwable failure) {
        Health before = health;
        health = Health.down(before.lag(), "a read failed: " + failure.getMessage());
        if (before.healthy()) {
            LOG.warn(
                    "Replica {} gets no reads until it is checked again: a read failed ({})", name, failure.toString());
        }
    }

    /**
     * Whether the replica has applied {@code position} (a GTID position of the primary), waiting for it at
     * most {@code timeout}: one statement, {@code MASTER_GTID_WAIT}.
     */
    boolean hasApplied(String position, Duration timeout) {
        try (Connection connection = pool.getConnection();
                PreparedStatement wait = connection.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
            wait.setString(1, position);
            wait.setBigDecimal(2, BigDecimal.valueOf(timeout.toMillis(), 3));
            try (ResultSet waited = wait.executeQuery()) {
                return waited.next() && waited.getInt(1) == 0 && !waited.wasNull();
            }
        } catch (SQLException e) {
            readFailed(e);
            return false;
        }
    }

    @Override
    public synchronized void close() {
        checkConnection.close();
        pool.close();
    }
}
