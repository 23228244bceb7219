package org.bookshelf.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.bookshelf.adapter.persistence.mariadb.EmbeddedMariaDb;
import org.bookshelf.adapter.persistence.mybatis.BookshelfSchema;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two real MariaDB servers, a primary and a replica of it by GTID (asynchronous replication, as MariaDB
 * ships it), for tests of reads on replicas: each in a new data directory under {@code target/}, so the two
 * start in step; the catalogue's schema is migrated on the primary and reaches the replica by replication.
 *
 * <p>The primary writes a binary log ({@code log_bin}, {@code server_id=1}, row format); the replica
 * ({@code server_id=2}, made {@code read_only} once started) follows it with {@code MASTER_USE_GTID=slave_pos} from the
 * position the primary had once its accounts were set up (each server has its own accounts, made at its
 * install). The application user of the replica may also read the replication status
 * ({@code SLAVE MONITOR}), as the service's health check of a replica needs.
 *
 * <p>Tests control replication as an operator would, as {@code root} on the replica: {@link #onReplica}.
 */
public final class ReplicatedTestDatabases implements AutoCloseable {

    private final EmbeddedMariaDb primary;
    private final EmbeddedMariaDb replica;

    private ReplicatedTestDatabases(EmbeddedMariaDb primary, EmbeddedMariaDb replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /** Starts both servers in new data directories {@code target/<name>-primary} and {@code -replica}. */
    public static ReplicatedTestDatabases start(String name) {
        Path target = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        Path primaryDir = fresh(target.resolve(name + "-primary"));
        Path replicaDir = fresh(target.resolve(name + "-replica"));
        EmbeddedMariaDb primary = EmbeddedMariaDb.start(EmbeddedMariaDb.Options.in(primaryDir)
                .withServerArgs(
                        "--log-bin=primary-bin",
                        "--server-id=1",
                        "--binlog-format=ROW",
                        "--innodb-flush-log-at-trx-commit=2",
                        "--sync-binlog=0"));
        EmbeddedMariaDb replica = null;
        try {
            replica = EmbeddedMariaDb.start(EmbeddedMariaDb.Options.in(replicaDir)
                    .withServerArgs("--server-id=2", "--innodb-flush-log-at-trx-commit=2"));
            ReplicatedTestDatabases databases = new ReplicatedTestDatabases(primary, replica);
            databases.replicate();
            return databases;
        } catch (RuntimeException | Error e) {
            if (replica != null) {
                replica.stop();
            }
            primary.stop();
            throw e;
        }
    }

    private void replicate() {
        String replicationPassword = "repl" + Long.toHexString(System.nanoTime()) + "Secret";
        onPrimary(
                "CREATE USER 'replication'@'127.0.0.1' IDENTIFIED BY '" + replicationPassword + "'",
                "GRANT REPLICATION SLAVE ON *.* TO 'replication'@'127.0.0.1'");
        String position = primaryPosition();
        onReplica(
                "GRANT SLAVE MONITOR ON *.* TO '" + replica.user() + "'@'127.0.0.1'",
                "SET GLOBAL read_only = 1",
                "SET GLOBAL gtid_slave_pos = '" + position + "'",
                "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = " + primary.port()
                        + ", MASTER_USER = 'replication', MASTER_PASSWORD = '" + replicationPassword
                        + "', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1, MASTER_SSL = 0",
                "START SLAVE");
        BookshelfSchema.migrate(
                new SingleConnectionDataSource(primary.jdbcUrl(), primary.user(), primary.password(), true));
        awaitReplicaAt(primaryPosition(), Duration.ofSeconds(30));
    }

    /**
     * The replica's JDBC URL for its application user: without the embedded server's
     * {@code createDatabaseIfNotExist}, which a read-only server refuses.
     */
    public String replicaUrl() {
        return "jdbc:mariadb://127.0.0.1:" + replica.port() + "/" + EmbeddedMariaDb.DATABASE;
    }

    public EmbeddedMariaDb primary() {
        return primary;
    }

    public EmbeddedMariaDb replica() {
        return replica;
    }

    /** Runs {@code statements} as {@code root} on the primary. */
    public void onPrimary(String... statements) {
        asRoot(primary, statements);
    }

    /** Runs {@code statements} as {@code root} on the replica, such as {@code STOP SLAVE SQL_THREAD}. */
    public void onReplica(String... statements) {
        asRoot(replica, statements);
    }

    /** A connection as {@code root} to the replica; the caller closes it (which ends what it holds, such as a lock). */
    public Connection rootConnectionToReplica() throws SQLException {
        return rootConnection(replica);
    }

    /** The primary's {@code @@gtid_binlog_pos}. */
    public String primaryPosition() {
        return variable(primary, "gtid_binlog_pos");
    }

    /** Waits until the replica has applied {@code position}, for at most {@code timeout}. */
    public void awaitReplicaAt(String position, Duration timeout) {
        try (Connection root = rootConnection(replica);
                Statement statement = root.createStatement();
                ResultSet waited = statement.executeQuery(
                        "SELECT MASTER_GTID_WAIT('" + position + "', " + timeout.toSeconds() + ")")) {
            waited.next();
            if (waited.getInt(1) != 0) {
                throw new IllegalStateException("the replica did not reach " + position + " within " + timeout);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A global status counter of the primary, such as {@code Com_select}. */
    public long primaryStatus(String counter) {
        return status(primary, counter);
    }

    /** A global status counter of the replica, such as {@code Com_select}. */
    public long replicaStatus(String counter) {
        return status(replica, counter);
    }

    /** Kills the replica's server process at once (SIGKILL), as a crash would. */
    public void killReplica() throws IOException {
        long pid = Long.parseLong(
                Files.readString(replica.dataDir().resolve("mariadbd.pid")).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        try {
            replica.stop();
        } catch (RuntimeException e) {
            // killed by a test: nothing left to stop
        } finally {
            primary.stop();
        }
    }

    private static long status(EmbeddedMariaDb server, String counter) {
        return Long.parseLong(show(server, "SHOW GLOBAL STATUS LIKE '" + counter + "'"));
    }

    private static String variable(EmbeddedMariaDb server, String name) {
        return show(server, "SHOW GLOBAL VARIABLES LIKE '" + name + "'");
    }

    private static String show(EmbeddedMariaDb server, String sql) {
        try (Connection root = rootConnection(server);
                Statement statement = root.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void asRoot(EmbeddedMariaDb server, String... statements) {
        try (Connection root = rootConnection(server);
                Statement statement = root.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection rootConnection(EmbeddedMariaDb server) throws SQLException {
        try {
            String password = Files.readString(server.dataDir().resolve("mariadb-root-password"))
                    .strip();
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + server.port() + "/", "root", password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fresh(Path directory) {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }
}
