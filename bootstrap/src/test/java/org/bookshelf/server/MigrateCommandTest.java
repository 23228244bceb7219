package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** {@code migrate} on the command line, on an embedded data directory that no service holds. */
class MigrateCommandTest {

    private static final Path DATA_DIR =
            Path.of("target", "migrate-command-test").toAbsolutePath();
    private static final BookshelfSettings SETTINGS =
            BookshelfSettings.defaults().withDatabase(DatabaseSettings.embedded(DATA_DIR));

    @Test
    void migrates_a_new_database_once_and_then_finds_nothing_to_do() throws IOException {
        CommandRun.deleteDirectory(DATA_DIR);

        CommandRun first = migrate();
        CommandRun second = migrate();

        assertThat(first.status()).isZero();
        assertThat(first.err()).contains("Applied migrations 1, 2, 3, 4, 5, 6; the schema is at version 6");
        assertThat(first.out()).isEqualTo("{\"applied\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"],\"version\":\"6\"}\n");
        assertThat(second.status()).isZero();
        assertThat(second.err()).contains("The schema is at version 6 already; nothing to migrate");
        assertThat(second.out()).isEqualTo("{\"applied\":[],\"version\":\"6\"}\n");
    }

    @Test
    void takes_no_argument() {
        CommandRun run = migrate("--force");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("usage: java -jar bookshelf.jar migrate");
    }

    private static CommandRun migrate(String... arguments) {
        return CommandRun.of((out, err) -> new MigrateCommand(SETTINGS, out, err).run(List.of(arguments)));
    }
}
