package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** {@code migrate} on the command line, on an embedded data directory that no service holds. */
class MigrateCommandTest {

    private static final Path DATA_DIR =
            Path.of("target", "migrate-command-test").toAbsolutePath();
    private static final BookshelfSettings SETTINGS =
            BookshelfSettings.defaults().withDatabase(DatabaseSettings.embedded(DATA_DIR));

    private record Run(int status, String out, String err) {}

    @Test
    void migrates_a_new_database_once_and_then_finds_nothing_to_do() throws IOException {
        deleteDataDirectory();

        Run first = migrate();
        Run second = migrate();

        assertThat(first.status()).isZero();
        assertThat(first.err()).contains("Applied migrations 1, 2, 3, 4, 5, 6; the schema is at version 6");
        assertThat(first.out()).isEqualTo("{\"applied\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"],\"version\":\"6\"}\n");
        assertThat(second.status()).isZero();
        assertThat(second.err()).contains("The schema is at version 6 already; nothing to migrate");
        assertThat(second.out()).isEqualTo("{\"applied\":[],\"version\":\"6\"}\n");
    }

    @Test
    void takes_no_argument() {
        Run run = migrate("--force");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("usage: java -jar bookshelf.jar migrate");
    }

    private static Run migrate(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new MigrateCommand(
                        SETTINGS,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(arguments));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void deleteDataDirectory() throws IOException {
        if (Files.exists(DATA_DIR)) {
            try (Stream<Path> paths = Files.walk(DATA_DIR)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
