package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's tables, versioned by the Flyway migrations in {@code classpath:db/migration}.
 *
 * <p>Every migration can run on a single server, on a replicated primary and on a Galera cluster, and can run
 * again after it failed half way: each statement is written to do nothing when its work is done
 * ({@code CREATE TABLE IF NOT EXISTS}, ...). So {@link #migrate} takes a lock that holds across servers
 * ({@link MigrationLock}), forgets a migration Flyway recorded as failed and runs it again. Migrations 1 to 4
 * were rewritten in this way after they had shipped; a database that applied their earlier text has their
 * checksums updated ({@link #EARLIER_CHECKSUMS}), and migration 6 gives its sequences what the new text gives.
 */
public final class BookshelfSchema {

    /** How long {@link #migrate} waits while another process migrates, as long as that one stays alive. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(30);

    /** How often {@link #awaitMigrated} looks again. */
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    /**
     * The checksums of the migrations this build rewrote, as earlier builds shipped them: version to checksum.
     * They created the same tables without {@code IF NOT EXISTS}, and sequences with {@code INCREMENT BY 1}.
     */
    private static final Map<String, Integer> EARLIER_CHECKSUMS =
            Map.of("1", 2078080732, "2", -2123820000, "3", 379157948, "4", -606073816);

    private static final Logger LOG = LoggerFactory.getLogger(BookshelfSchema.class);

    private BookshelfSchema() {}

    /**
     * Brings the database behind {@code dataSource} (connections in autocommit mode) to the newest schema
     * version; does nothing when it is there. One process at a time migrates: others wait, then find nothing to
     * do. A migration that failed earlier runs again.
     *
     * @return the versions it applied, in order
     * @throws org.flywaydb.core.api.FlywayException when a migration fails (it can be run again)
     * @throws IllegalStateException when the database fails, or another process keeps the lock
     */
    public static List<String> migrate(DataSource dataSource) {
        try (MigrationLock lock = MigrationLock.take(dataSource, LOCK_WAIT)) {
            Flyway flyway = MigrationLock.isAloneIn(dataSource) ? fromEmpty(dataSource) : flyway(dataSource);
            acceptEarlierTexts(dataSource, flyway.info().all());
            return flyway.migrate().migrations.stream()
                    .map(migration -> migration.version)
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("could not migrate the schema: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the database behind {@code dataSource} has every migration of this build applied, migrated by
     * another process; answers at once when it has. A database that does not answer yet is waited for too.
     *
     * @throws IllegalStateException after {@code maxWait}, saying what is missing and what to run
     */
    public static void awaitMigrated(DataSource dataSource, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        String missing;
        while (!(missing = missingMigrations(dataSource)).isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the database's schema is not the one this version needs after "
                        + maxWait.toSeconds() + " s of waiting: " + missing
                        + ". Run `java -jar bookshelf.jar migrate` with the same BOOKSHELF_DB_* settings.");
            }
            try {
                Thread.sleep(CHECK_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the schema's migrations", e);
            }
        }
    }

    /** What keeps the schema from being current, or an empty text when nothing does. */
    private static String missingMigrations(DataSource dataSource) {
        try {
            MigrationInfo[] all = flyway(dataSource).info().all();
            List<String> pending = Arrays.stream(all)
                    .filter(migration -> !migration.isApplied() || migration.getState() == MigrationState.FAILED)
                    .map(migration -> migration.getVersion().getVersion())
                    .toList();
            return pending.isEmpty() ? "" : "migrations " + String.join(", ", pending) + " are not applied";
        } catch (RuntimeException e) {
            LOG.debug("The database cannot tell its schema yet", e);
            return "the database does not answer (" + e.getMessage() + ")";
        }
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
     * Makes the history fit this build's migrations where they were only rewritten: the checksum of a migration
     * applied in its {@linkplain #EARLIER_CHECKSUMS earlier text} becomes this build's; and a migration recorded
     * as failed is forgotten, to run again.
     */
    private static void acceptEarlierTexts(DataSource dataSource, MigrationInfo[] migrations) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (MigrationInfo migration : migrations) {
                String version = migration.getVersion() == null
                        ? null
                        : migration.getVersion().getVersion();
                if (migration.getState() == MigrationState.FAILED) {
                    LOG.warn("Migration {} failed earlier; running it again", version);
                    update(connection, "DELETE FROM flyway_schema_history WHERE version = ? AND success = 0", version);
                } else if (migration.isApplied()
                        && !migration.isChecksumMatching()
                        && Objects.equals(EARLIER_CHECKSUMS.get(version), migration.getAppliedChecksum())) {
                    update(
                            connection,
                            "UPDATE flyway_schema_history SET checksum = " + migration.getResolvedChecksum()
                                    + " WHERE version = ? AND checksum = " + migration.getAppliedChecksum(),
                            version);
                }
            }
        }
    }

    private static void update(Connection connection, String sql, String version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
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
     * {@code progress} how far it got. Answers the books done.
     *
     * @throws SQLException when the database fails; the steps done so far are committed and rebuilt
     */
    public static long rebuildSearchWords(DataSource dataSource, int connections, RebuildProgress progress)
            throws SQLException {
        try {
            long highest = onRebuildConnection(dataSource, rebuild -> {
                progress.booksToDo(rebuild.countBooks());
                rebuild.setSearchIndexesAsideWhileEmpty();
                long highestNow = rebuild.highestBookId();
                rebuild.forgetBooksAfter(highestNow);
                return highestNow;
            });
            AtomicLong nextStep = new AtomicLong();
            AtomicLong done = new AtomicLong();
            RebuildWork<Void> takeBookSteps = rebuild -> {
                rebuild.withoutGapLocks();
                for (long after = nextStep.getAndIncrement() * SearchDataRebuild.ROWS_PER_STEP;
                        after < highest;
                        after = nextStep.getAndIncrement() * SearchDataRebuild.ROWS_PER_STEP) {
                    long books =
                            rebuild.rebuildBooks(after, Math.min(after + SearchDataRebuild.ROWS_PER_STEP, highest));
                    progress.booksDone(done.addAndGet(books));
                }
                return null;
            };
            onConnectionsAtOnce(dataSource, Collections.nCopies(connections, takeBookSteps));
            progress.booksFinished();
            // Building an index sorts on one core: the authors' words are rebuilt on the other meanwhile.
            onConnectionsAtOnce(
                    dataSource,
                    List.of(
                            rebuild -> {
                                rebuild.restoreSearchIndex(SearchDataRebuild.TITLE_WORDS);
                                return null;
                            },
                            rebuild -> {
                                rebuild.rebuildAuthors();
                                rebuild.restoreSearchIndex(SearchDataRebuild.AUTHOR_WORDS);
                                return null;
                            }));
            return done.get();
        } finally {
            onRebuildConnection(dataSource, rebuild -> {
                rebuild.restoreSearchIndexes();
                return null;
            });
        }
    }

    /** What {@link #rebuildSearchWords} tells as it goes. */
    public interface RebuildProgress {

        /** About {@code books} books are to be done: those stored as the rebuild starts. Told first. */
        void booksToDo(long books);

        /** {@code books} books have their words now; told from the threads that take steps at once. */
        void booksDone(long books);

        /** Every book is done; what is left is the authors' words and building the search indexes set aside. */
        void booksFinished();
    }

    /** Runs each of {@code works} on a rebuild connection of its own, all at once, and waits for them all. */
    private static void onConnectionsAtOnce(DataSource dataSource, List<RebuildWork<Void>> works) throws SQLException {
        ExecutorService threads = Executors.newFixedThreadPool(works.size());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (RebuildWork<Void> work : works) {
                running.add(threads.submit(() -> onRebuildConnection(dataSource, work)));
            }
            for (Future<Void> each : running) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("the rebuild of the search words was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException failure ? failure : new SQLException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** Work of a rebuild on a connection of its own transactions, without the key checks it does not need. */
    private interface RebuildWork<T> {
        T run(SearchDataRebuild rebuild) throws SQLException;
    }

    private static <T> T onRebuildConnection(DataSource dataSource, RebuildWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
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
                connection.setTransactionIsolation(isolation);
            }
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return configuration(dataSource).load();
    }

    /**
     * Flyway for a database that holds nothing but the lock: Flyway would refuse it as not empty, so its history
     * starts with a baseline at version 0, below every migration.
     */
    private static Flyway fromEmpty(DataSource dataSource) {
        return configuration(dataSource)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("empty database")
                .load();
    }

    private static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new FillSearchWords());
    }
}
