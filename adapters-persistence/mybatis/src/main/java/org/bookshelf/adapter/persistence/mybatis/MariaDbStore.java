package org.bookshelf.adapter.persistence.mybatis;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mariadb.GaleraNode;
import org.bookshelf.adapter.persistence.mariadb.MigrationSettings;
import org.bookshelf.adapter.persistence.mariadb.ReadReplicas;
import org.bookshelf.adapter.persistence.mariadb.ReplicaRouting;
import org.bookshelf.application.port.out.ReadYourWrites;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The catalogue's store on MariaDB, opened one way for the service, the command line and the benchmarks: the
 * database the settings name ({@link BookshelfDatabase}: embedded, or external with its replicas, or a Galera
 * node), its schema migrated or checked ({@link MigrationSettings}), and every driven port on it from
 * {@link MyBatisPersistenceConfiguration}. Close it when done.
 *
 * <pre>{@code
 * try (MariaDbStore store = MariaDbStore.open(DatabaseSettings.fromEnvironment(), meters)) {
 *     var useCases = new BookshelfUseCases(store.drivenPorts());
 *     ...
 * }
 * }</pre>
 */
public final class MariaDbStore implements AutoCloseable {

    /** Connections a rebuild of the search words takes steps on at once: two keep the database's two cores busy. */
    private static final int REBUILD_CONNECTIONS = 2;

    private final BookshelfDatabase database;
    private final AnnotationConfigApplicationContext adapter;

    private MariaDbStore(BookshelfDatabase database, AnnotationConfigApplicationContext adapter) {
        this.database = database;
        this.adapter = adapter;
    }

    /**
     * Opens the database, publishes its pools' metrics and each MyBatis statement's time on {@code meters}, and
     * migrates the schema, or waits for it to be migrated, as {@link DatabaseSettings#migration()} says.
     *
     * @throws RuntimeException when the database cannot be opened (the data directory in use by a running
     *                          service, an external database that does not answer) or its schema is not the one
     *                          this build needs; nothing is left running
     */
    public static MariaDbStore open(DatabaseSettings settings, MeterRegistry meters) {
        BookshelfDatabase database = BookshelfDatabase.open(settings);
        AnnotationConfigApplicationContext adapter = new AnnotationConfigApplicationContext();
        try {
            migrateOrAwait(database, settings.migration());
            database.publishPoolMetrics(meters);
            adapter.registerBean(DataSource.class, database::dataSource);
            adapter.registerBean(
                    TransactionDataSource.class, () -> new TransactionDataSource(database.transactionDataSource()));
            database.replicas().ifPresent(replicas -> adapter.registerBean(ReadReplicas.class, replicas::reads));
            database.galera().ifPresent(node -> adapter.registerBean(ReadReplicas.class, () -> node));
            adapter.registerBean(StatementTimer.class, () -> new StatementTimer(meters));
            adapter.register(MyBatisPersistenceConfiguration.class);
            adapter.refresh();
            return new MariaDbStore(database, adapter);
        } catch (RuntimeException | Error e) {
            adapter.close();
            database.close();
            throw e;
        }
    }

    private static void migrateOrAwait(BookshelfDatabase database, MigrationSettings migration) {
        if (migration.modeOn(database.galera().isPresent()) == MigrationSettings.Mode.AUTO) {
            BookshelfSchema.migrate(database.dataSource());
        } else {
            BookshelfSchema.awaitMigrated(database.dataSource(), migration.maxWait());
        }
    }

    /**
     * What {@link #migrate(DatabaseSettings)} did.
     *
     * @param applied the versions of the migrations it applied, in order; empty when there was nothing to do
     * @param version the schema's version now
     */
    public record SchemaMigrated(List<String> applied, String version) {}

    /**
     * Migrates the schema of the database {@code settings} name, whatever {@link DatabaseSettings#migration()} says
     * ({@code java -jar bookshelf.jar migrate}), and closes it again. Safe beside running services and other
     * migrations ({@link BookshelfSchema#migrate}).
     *
     * @throws RuntimeException when the database cannot be opened or a migration fails
     */
    public static SchemaMigrated migrate(DatabaseSettings settings) {
        try (BookshelfDatabase database = BookshelfDatabase.open(settings)) {
            List<String> applied = BookshelfSchema.migrate(database.dataSource());
            return new SchemaMigrated(applied, BookshelfSchema.currentVersion(database.dataSource()));
        }
    }

    /** Every driven port, on this store. */
    public DrivenPorts drivenPorts() {
        return adapter.getBean(DrivenPorts.class);
    }

    /** Read-your-writes across the replicas or the Galera cluster's nodes, or empty on a single server. */
    public Optional<ReadYourWrites> readYourWrites() {
        ReplicaOrPrimary reads = adapter.getBean(ReplicaOrPrimary.class);
        return reads.hasReplicas() ? Optional.of(reads.position()) : Optional.empty();
    }

    /** The replicas reads go to, or empty when there are none. */
    public Optional<ReplicaRouting> replicas() {
        return database.replicas();
    }

    /** The Galera node the store is on, or empty when it is on no cluster. */
    public Optional<GaleraNode> galera() {
        return database.galera();
    }

    /** The schema migrations this build holds that the database lacks: none unless it was swapped under us. */
    public List<String> pendingMigrations() {
        return BookshelfSchema.pendingMigrations(database.dataSource());
    }

    /**
     * Rebuilds the search words of every book and author stored in the database {@code settings} name, its schema
     * migrated or awaited as for {@link #open}, telling {@code progress} how far it got ({@code java -jar
     * bookshelf.jar reindex}); answers the books done. A running service keeps serving meanwhile. Opens the
     * database alone, without the ports, which a rebuild does not use (a second of a command's start).
     *
     * @throws java.sql.SQLException when the database fails
     * @throws RuntimeException      when the database cannot be opened or its schema is not the one this build needs
     */
    public static long rebuildSearchWords(DatabaseSettings settings, BookshelfSchema.RebuildProgress progress)
            throws java.sql.SQLException {
        try (BookshelfDatabase database = BookshelfDatabase.open(settings)) {
            migrateOrAwait(database, settings.migration());
            return BookshelfSchema.rebuildSearchWords(database.dataSource(), REBUILD_CONNECTIONS, progress);
        }
    }

    /** The pooled connections in autocommit mode, for what compares itself with the store on the same database. */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /** Closes the adapter, then the database. */
    @Override
    public void close() {
        try {
            adapter.close();
        } finally {
            database.close();
        }
    }
}
