package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The catalogue's tables, versioned by the Flyway migrations in {@code classpath:db/migration}. */
public final class BookshelfSchema {

    private BookshelfSchema() {}

    /** Brings the database behind {@code dataSource} to the newest schema version; does nothing when it is there. */
    public static void migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
    }

    /**
     * The versions of this build's migrations that the database behind {@code dataSource} has not applied, in
     * order; empty when its schema is current (or newer, migrated by a later build).
     *
     * @throws org.flywaydb.core.api.FlywayException when the database cannot be read
     */
    public static List<String> pendingMigrations(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().pending())
                .map(migration -> migration.getVersion().getVersion())
                .toList();
    }

    /**
     * The version of the last migration the database behind {@code dataSource} has applied, as Flyway writes it
     * ({@code 3}).
     *
     * @throws IllegalStateException when it has applied none
     * @throws org.flywaydb.core.api.FlywayException when the database cannot be read
     */
    public static String currentVersion(DataSource dataSource) {
        MigrationInfo current = flyway(dataSource).info().current();
        if (current == null) {
            throw new IllegalStateException("the database has no Bookshelf schema yet");
        }
        return current.getVersion().getVersion();
    }

    /**
     * Rebuilds the search words of every book and author from the rows stored ({@link SearchDataRebuild}), while
     * a service may run on the database, the books' steps on {@code connections} connections at once; tells
     * {@code booksDone} how far it got. Answers the books done.
     *
     * @throws SQLException when the database fails; the steps done so far are committed and rebuilt
     */
    public static long rebuildSearchWords(DataSource dataSource, int connections, LongConsumer booksDone)
            throws SQLException {
        long highest = onRebuildConnection(dataSource, rebuild -> {
            rebuild.rebuildAuthors();
            long highestNow = rebuild.highestBookId();
            rebuild.forgetBooksAfter(highestNow);
            return highestNow;
        });
        AtomicLong nextStep = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ExecutorService steps = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                workers.add(steps.submit(() -> onRebuildConnection(dataSource, rebuild -> {
                    for (long after = nextStep.getAndIncrement() * SearchDataRebuild.ROWS_PER_STEP;
                            after < highest;
                            after = nextStep.getAndIncrement() * SearchDataRebuild.ROWS_PER_STEP) {
                        long books =
                                rebuild.rebuildBooks(after, Math.min(after + SearchDataRebuild.ROWS_PER_STEP, highest));
                        booksDone.accept(done.addAndGet(books));
                    }
                    return null;
                })));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("the rebuild of the search words was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException failure ? failure : new SQLException(e.getCause());
        } finally {
            steps.shutdownNow();
        }
        return done.get();
    }

    /** Work of a rebuild on a connection of its own transactions, without the key checks it does not need. */
    private interface RebuildWork<T> {
        T run(SearchDataRebuild rebuild) throws SQLException;
    }

    private static <T> T onRebuildConnection(DataSource dataSource, RebuildWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            SearchDataRebuild rebuild = new SearchDataRebuild(connection, true);
            rebuild.withoutKeyChecks();
            try {
                return work.run(rebuild);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                rebuild.withKeyChecks();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new FillSearchWords())
                .load();
    }
}
