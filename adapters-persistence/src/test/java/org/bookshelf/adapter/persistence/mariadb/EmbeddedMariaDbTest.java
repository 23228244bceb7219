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

/** The launcher on its own data directory: restarts keep the data, and one directory has one server. */
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
    void a_data_directory_inside_java_io_tmpdir_is_refused() {
        Path insideTmp = Path.of(System.getProperty("java.io.tmpdir"), "bookshelf-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.Options.in(insideTmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.io.tmpdir");
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
