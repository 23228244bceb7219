package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who gets into the embedded server: only a client with a password, over TCP and over its socket, and
 * the service's user only into the catalogue's database. A data directory made by an earlier release,
 * which ran the server with authentication off, is locked on its next start, its data intact.
 */
class EmbeddedMariaDbAccessTest {

    private static final Path DATA_DIR =
            Path.of("target", "embedded-mariadb-access-test").toAbsolutePath();

    @BeforeEach
    @AfterEach
    void noDataDirectory() throws IOException {
        if (Files.exists(DATA_DIR)) {
            MariaDbBinaries.deleteRecursively(DATA_DIR);
        }
    }

    @Test
    void a_new_server_lets_in_only_clients_with_a_password_over_tcp_and_over_its_socket() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(DATA_DIR)) {
            assertRefusedWithoutPassword(db);

            String rootPassword = secret("mariadb-root-password");
            assertThat(client(db, "-uroot", "-p" + rootPassword, "-e", "SELECT CURRENT_USER()")
                            .output())
                    .contains("root@localhost");
            assertThat(client(db, "-u" + db.user(), "-p" + db.password(), "-e", "SELECT CURRENT_USER()")
                            .output())
                    .contains("bookshelf@localhost");
            try (Connection root = connect(db, "root", rootPassword)) {
                assertThat(strings(root, "SELECT CURRENT_USER()")).containsExactly("root@127.0.0.1");
            }
        }
    }

    @Test
    void the_service_s_user_reaches_the_catalogue_only_and_the_secrets_stay_with_the_owner() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(DATA_DIR)) {
            assertThat(db.user()).isEqualTo("bookshelf");
            assertThat(db.password())
                    .isEqualTo(secret("mariadb-bookshelf-password"))
                    .isNotEqualTo(secret("mariadb-root-password"));
            try (Connection service = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                assertThat(strings(service, "SHOW DATABASES"))
                        .containsExactlyInAnyOrder("bookshelf", "information_schema");
                assertThatThrownBy(() -> strings(service, "CREATE DATABASE elsewhere"))
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                denied -> assertThat(denied.getErrorCode()).isEqualTo(1044));
                assertThat(strings(service, "SELECT @@secure_file_priv"))
                        .containsExactly(DATA_DIR.resolve("mariadb-files") + "/");
            }
            assertThat(db.socket()).startsWith(DATA_DIR).exists();
            assertThat(permissions(db.socket().getParent())).isEqualTo("rwx------");
            assertThat(permissions(DATA_DIR.resolve("mariadb-root-password"))).isEqualTo("rw-------");
            assertThat(permissions(DATA_DIR.resolve("mariadb-bookshelf-password")))
                    .isEqualTo("rw-------");
            assertThat(permissions(DATA_DIR)).as("a new data directory").isEqualTo("rwx------");
        }
    }

    @Test
    void a_data_directory_of_an_earlier_release_is_locked_on_start_with_its_data_intact() throws Exception {
        UnlockedDataDirectory.create(
                DATA_DIR,
                "CREATE TABLE shelf (id INT PRIMARY KEY, title VARCHAR(50))",
                "INSERT INTO shelf VALUES (1, 'Kept through the upgrade')");
        assertThat(DATA_DIR.resolve("mariadb-root-password")).doesNotExist();

        String password;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(DATA_DIR)) {
            password = db.password();
            assertThat(query(db, "SELECT title FROM shelf WHERE id = 1")).isEqualTo("Kept through the upgrade");
            assertRefusedWithoutPassword(db);
            try (Connection root = connect(db, "root", secret("mariadb-root-password"))) {
                assertThat(strings(root, "SELECT CONCAT(User, '@', Host) FROM mysql.user WHERE is_role = 'N'"))
                        .as("the anonymous users and the rest the old install made are gone")
                        .containsExactlyInAnyOrder(
                                "root@localhost",
                                "root@127.0.0.1",
                                "bookshelf@localhost",
                                "bookshelf@127.0.0.1",
                                "mariadb.sys@localhost");
            }
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(DATA_DIR)) {
            assertThat(db.password())
                    .as("locked once, then opened with its passwords")
                    .isEqualTo(password);
            assertThat(query(db, "SELECT title FROM shelf WHERE id = 1")).isEqualTo("Kept through the upgrade");
        }
    }

    /** As in the issue: {@code mariadb -S <socket> -u nobody}, and root without a password, by socket and by TCP. */
    private static void assertRefusedWithoutPassword(EmbeddedMariaDb db) throws Exception {
        for (String user : List.of("nobody", "root", db.user())) {
            ClientRun run = client(db, "-u" + user, "-e", "SHOW DATABASES");
            assertThat(run.exitCode())
                    .as("%s over the socket without a password", user)
                    .isNotZero();
            assertThat(run.output())
                    .as("%s over the socket", user)
                    .contains("Access denied")
                    .doesNotContain("information_schema");

            assertThatThrownBy(() -> connect(db, user, "").close())
                    .as("%s over TCP without a password", user)
                    .isInstanceOfSatisfying(
                            SQLException.class,
                            denied -> assertThat(denied.getErrorCode()).isEqualTo(1045));
        }
    }

    private record ClientRun(int exitCode, String output) {}

    /**
     * The {@code mariadb} command-line client of the unpacked binaries on the server's socket, run from
     * the socket's directory (a socket path is limited to 107 bytes).
     */
    private static ClientRun client(EmbeddedMariaDb db, String... args) throws IOException, InterruptedException {
        Path binaries = MariaDbBinaries.unpackedUnder(MariaDbBinaries.defaultCacheRoot());
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve("bin/mariadb").toString(),
                "--no-defaults",
                "--skip-ssl",
                "--socket=" + db.socket().getFileName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(db.socket().getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new ClientRun(process.exitValue(), output);
    }

    private static Connection connect(EmbeddedMariaDb db, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", user, password);
    }

    private static String secret(String file) throws IOException {
        return Files.readString(DATA_DIR.resolve(file)).strip();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String query(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            return strings(connection, sql).get(0);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
        }
        return values;
    }
}
