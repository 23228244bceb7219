package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bookshelf.adapter.persistence.mariadb.EmbeddedMariaDb;
import org.bookshelf.adapter.persistence.mariadb.PooledDataSources;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema's migrations as an operator meets them: on a catalogue made by earlier builds, after a migration
 * failed half way, by several processes at once, and waited for by a service that does not migrate. Each test
 * starts from an empty database on a server of the class's own.
 */
class SchemaMigrationTest {

    private static final List<String> EVERY_VERSION = List.of("1", "2", "3", "4", "5", "6");

    private static EmbeddedMariaDb server;
    private static HikariDataSource pool;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startServer() throws IOException {
        Path dataDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "schema-test");
        if (Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        server = EmbeddedMariaDb.start(dataDir);
        pool = PooledDataSources.create(server.jdbcUrl(), server.user(), server.password());
        jdbc = new JdbcTemplate(pool);
    }

    @AfterAll
    static void stopServer() {
        pool.close();
        server.stop();
    }

    @BeforeEach
    void emptyDatabase() {
        List<String> objects = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        jdbc.execute("SET SESSION foreign_key_checks = 0");
        for (String object : objects) {
            jdbc.execute("DROP TABLE `" + object + "`");
        }
        jdbc.execute("SET SESSION foreign_key_checks = 1");
    }

    @Test
    void migratesAnEmptyDatabaseOnceAndThenHasNothingToDo() {
        assertThat(BookshelfSchema.migrate(pool)).isEqualTo(EVERY_VERSION);

        assertThat(BookshelfSchema.migrate(pool)).isEmpty();
        assertThat(successfulVersions()).isEqualTo(EVERY_VERSION);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bookshelf_migration_lock", Integer.class))
                .as("the lock is free once done")
                .isZero();
    }

    @Test
    void upgradesACatalogueMadeByTheMigrationsEarlierBuildsShipped() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/earlier")
                .javaMigrations(new FillSearchWords())
                .load()
                .migrate();
        long authorId = jdbc.queryForObject("SELECT NEXTVAL(author_id_seq)", Long.class);
        jdbc.update(
                "INSERT INTO authors (id, name, name_key, version, created_at, updated_at)"
                        + " VALUES (?, 'Ursula K. Le Guin', 'ursula k. le guin', 1, NOW(6), NOW(6))",
                authorId);
        assertThat(showCreate("author_id_seq")).contains("increment by 1");

        assertThat(BookshelfSchema.migrate(pool)).containsExactly("6");

        assertThat(successfulVersions()).isEqualTo(EVERY_VERSION);
        assertThat(Flyway.configure()
                        .dataSource(pool)
                        .javaMigrations(new FillSearchWords())
                        .load()
                        .validateWithResult()
                        .validationSuccessful)
                .as("this build's migrations match the history")
                .isTrue();
        for (String sequence : List.of("book_id_seq", "author_id_seq", "import_job_id_seq")) {
            assertThat(showCreate(sequence)).as(sequence).contains("increment by 0");
        }
        assertThat(jdbc.queryForObject("SELECT NEXTVAL(author_id_seq)", Long.class))
                .as("ids go on after the ones handed out before")
                .isGreaterThan(authorId);
        assertThat(jdbc.queryForObject("SELECT name FROM authors", String.class))
                .isEqualTo("Ursula K. Le Guin");
    }

    @Test
    void runsAMigrationThatFailedHalfWayAgain() {
        BookshelfSchema.migrate(pool);
        // as migration 4 would leave the database had the server stopped after its first table
        jdbc.execute("DROP TABLE author_words");
        jdbc.update("DELETE FROM flyway_schema_history WHERE version IN ('5', '6')");
        jdbc.update("UPDATE flyway_schema_history SET success = 0 WHERE version = '4'");
        assertThat(BookshelfSchema.pendingMigrations(pool)).containsExactly("5", "6");

        assertThat(BookshelfSchema.migrate(pool)).containsExactly("4", "5", "6");

        assertThat(successfulVersions()).isEqualTo(EVERY_VERSION);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM author_words", Integer.class))
                .isZero();
    }

    @Test
    void processesMigratingAtOnceApplyEachMigrationOnce() {
        int processes = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<String>>> migrations = IntStream.range(0, processes)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try (HikariDataSource own =
                            PooledDataSources.create(server.jdbcUrl(), server.user(), server.password())) {
                        start.await();
                        return BookshelfSchema.migrate(own);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        start.countDown();

        List<String> applied = new ArrayList<>();
        migrations.forEach(migration -> applied.addAll(migration.join()));
        Collections.sort(applied);
        assertThat(applied).as("each version applied by exactly one process").isEqualTo(EVERY_VERSION);
        assertThat(successfulVersions()).isEqualTo(EVERY_VERSION);
    }

    @Test
    void aServiceThatChecksWaitsForTheMigrationOfAnother() {
        CompletableFuture<Void> waiting =
                CompletableFuture.runAsync(() -> BookshelfSchema.awaitMigrated(pool, Duration.ofSeconds(60)));
        assertThat(waiting).as("nothing migrated yet").isNotDone();

        BookshelfSchema.migrate(pool);

        waiting.join();
    }

    @Test
    void aServiceThatChecksGivesUpSayingWhatToRun() {
        assertThatThrownBy(() -> BookshelfSchema.awaitMigrated(pool, Duration.ofMillis(300)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("migrations 1, 2, 3, 4, 5, 6 are not applied")
                .hasMessageContaining("java -jar bookshelf.jar migrate");
        assertThat(successfulVersions()).as("checking changes nothing").isEmpty();
    }

    @Test
    void theLockWaitsForItsHolderAndTakesOverOneAbandoned() throws Exception {
        try (MigrationLock held = MigrationLock.take(pool, Duration.ZERO)) {
            assertThatThrownBy(() -> MigrationLock.take(pool, Duration.ofMillis(600)))
                    .hasMessageContaining("another process has been migrating the schema");
        }
        try (MigrationLock freed = MigrationLock.take(pool, Duration.ZERO)) {
            assertThat(freed).isNotNull();
        }

        jdbc.update("INSERT INTO bookshelf_migration_lock (id, holder, renewed_at)"
                + " VALUES (1, 'a process that died', NOW(6) - INTERVAL 1 MINUTE)");
        try (MigrationLock takenOver = MigrationLock.take(pool, Duration.ZERO)) {
            assertThat(jdbc.queryForObject("SELECT holder FROM bookshelf_migration_lock", String.class))
                    .isNotEqualTo("a process that died");
        }
    }

    private List<String> successfulVersions() {
        boolean hasHistory = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.tables"
                                + " WHERE table_schema = DATABASE() AND table_name = 'flyway_schema_history'",
                        Integer.class)
                > 0;
        return hasHistory
                ? jdbc.queryForList(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 AND version > '0'"
                                + " ORDER BY installed_rank",
                        String.class)
                : List.of();
    }

    private String showCreate(String sequence) {
        return jdbc.queryForObject("SHOW CREATE SEQUENCE " + sequence, (row, i) -> row.getString(2));
    }
}
