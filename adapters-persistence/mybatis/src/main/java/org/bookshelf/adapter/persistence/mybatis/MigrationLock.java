package org.bookshelf.adapter.persistence.mybatis;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one lock that lets a single process at a time migrate the schema, whichever server each process talks to.
 *
 * <p>Flyway's own lock ({@code GET_LOCK}) holds on one server only: two instances on two nodes of a Galera
 * cluster would migrate at once. This lock is a row of {@code bookshelf_migration_lock}, which every node has:
 * taking it is an {@code INSERT} of its only key, which fails on the key (or, on Galera, at certification) while
 * another process holds it. The holder renews the row every {@link #RENEWAL} from a thread of its own; a row not
 * renewed for {@link #ABANDONED_AFTER} belongs to a process that died and is taken over. The table lives beside
 * Flyway's history and outside it, made when missing: it must exist before any migration can run.
 */
final class MigrationLock implements AutoCloseable {

    /** How often the holder renews the row. */
    static final Duration RENEWAL = Duration.ofSeconds(2);

    /** How long a row may go without renewal before it counts as abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(15);

    private static final Duration POLL = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);

    private final DataSource dataSource;
    private final String holder;
    private final ScheduledExecutorService renewals;

    private MigrationLock(DataSource dataSource, String holder) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.renewals = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bookshelf-migration-lock");
            thread.setDaemon(true);
            return thread;
        });
        renewals.scheduleWithFixedDelay(this::renew, RENEWAL.toMillis(), RENEWAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock on the database behind {@code dataSource} (connections in autocommit mode), waiting while
     * another process holds it, for as long as that one keeps it alive or at most {@code maxWait}.
     *
     * @throws SQLException when the database fails, or the lock is still held after {@code maxWait}
     */
    static MigrationLock take(DataSource dataSource, Duration maxWait) throws SQLException {
        String holder = ManagementFactory.getRuntimeMXBean().getName() + " " + UUID.randomUUID();
        long deadline = System.nanoTime() + maxWait.toNanos();
        try (Connection connection = dataSource.getConnection()) {
            createTable(connection);
            while (!tryTake(connection, holder)) {
                if (System.nanoTime() - deadline > 0) {
                    throw new SQLException("another process has been migrating the schema for more than "
                            + maxWait.toSeconds() + " s (" + currentHolder(connection) + "); try again later");
                }
                sleep();
            }
        }
        return new MigrationLock(dataSource, holder);
    }

    private static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bookshelf_migration_lock ("
                    + " id TINYINT NOT NULL PRIMARY KEY,"
                    + " holder VARCHAR(255) NOT NULL,"
                    + " renewed_at DATETIME(6) NOT NULL"
                    + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin");
        }
    }

    /** Takes a free lock, or one abandoned by a process that died; answers whether it did. */
    private static boolean tryTake(Connection connection, String holder) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bookshelf_migration_lock (id, holder, renewed_at) VALUES (1, ?, NOW(6))")) {
            insert.setString(1, holder);
            insert.executeUpdate();
            return true;
        } catch (SQLException held) {
            if (!SqlFailures.isDuplicateKey(held) && !SqlFailures.isTransientConflict(held)) {
                throw held;
            }
        }
        try (PreparedStatement takeOver = connection.prepareStatement("UPDATE bookshelf_migration_lock"
                + " SET holder = ?, renewed_at = NOW(6)"
                + " WHERE id = 1 AND renewed_at < NOW(6) - INTERVAL ? SECOND")) {
            takeOver.setString(1, holder);
            takeOver.setLong(2, ABANDONED_AFTER.toSeconds());
            if (takeOver.executeUpdate() == 1) {
                LOG.warn("Took over the migration lock, abandoned by a process that stopped renewing it");
                return true;
            }
            return false;
        } catch (SQLException conflict) {
            if (SqlFailures.isTransientConflict(conflict)) {
                return false;
            }
            throw conflict;
        }
    }

    /**
     * Whether the lock's table is all the database behind {@code dataSource} holds: the database was empty before
     * the first migration took the lock.
     */
    static boolean isAloneIn(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet others = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name <> 'bookshelf_migration_lock'")) {
            return others.next() && others.getLong(1) == 0;
        }
    }

    private static String currentHolder(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT holder, renewed_at FROM bookshelf_migration_lock WHERE id = 1")) {
            return row.next() ? "held by " + row.getString(1) + ", renewed at " + row.getString(2) : "now free";
        }
    }

    private void renew() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE bookshelf_migration_lock SET renewed_at = NOW(6) WHERE id = 1 AND holder = ?")) {
            update.setString(1, holder);
            if (update.executeUpdate() == 0) {
                LOG.error("The migration lock was taken over while this process still migrates");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not renew the migration lock", e);
        }
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the migration lock", e);
        }
    }

    /** Stops renewing and frees the lock. */
    @Override
    public void close() throws SQLException {
        renewals.shutdownNow();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM bookshelf_migration_lock WHERE id = 1 AND holder = ?")) {
            delete.setString(1, holder);
            delete.executeUpdate();
        }
    }
}
