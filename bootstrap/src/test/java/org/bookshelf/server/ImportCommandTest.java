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
import org.bookshelf.adapter.persistence.mariadb.EmbeddedMariaDb;
import org.bookshelf.server.BookshelfSettings.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} and {@code export} on the command line, against an embedded MariaDB data directory that no
 * service holds: exit statuses, rejected rows on standard error, the counts as the last line of standard
 * output, and an export that imports back as it is.
 */
class ImportCommandTest {

    private static final Path DATA_DIR =
            Path.of("target", "import-command-test").toAbsolutePath();
    private static final BookshelfSettings SETTINGS =
            BookshelfSettings.defaults().withDatabase(DatabaseSettings.embedded(DATA_DIR));

    @TempDir
    Path files;

    @BeforeAll
    static void startFromNoData() throws IOException {
        if (Files.exists(DATA_DIR)) {
            try (Stream<Path> paths = Files.walk(DATA_DIR)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void an_import_lists_rejected_rows_ends_with_its_counts_and_a_second_run_creates_nothing() throws IOException {
        Path file = Files.createTempFile(files, "books-", ".jsonl");
        Files.writeString(file, """
                {"title":"Dune","isbn":"0-441-17271-7","published_year":1965,"authors":[{"name":"Frank Herbert"}]}
                {"title":"   "}
                {"title":"Children of Dune","authors":[{"name":"Frank Herbert"}]}
                not json
                """);

        Run first = run(new ImportCommandRunner("import", file.toString()));
        Run second = run(new ImportCommandRunner("import", "--format", "jsonl", file.toString()));

        assertThat(first.status()).isEqualTo(1);
        assertThat(first.err()).contains("line 2: title must not be blank", "line 4: the line is not JSON");
        assertThat(first.lastLineOfOut())
                .matches("\\{\"rows\":4,\"books_created\":2,\"authors_created\":1,"
                        + "\"links_created\":2,\"already_present\":0,\"rejected\":2,\"seconds\":[0-9]+\\.[0-9]{3}}");
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.lastLineOfOut())
                .startsWith("{\"rows\":4,\"books_created\":0,\"authors_created\":0,"
                        + "\"links_created\":0,\"already_present\":2,\"rejected\":2,");

        Path export = files.resolve("export.jsonl");
        Run exported = run(new ImportCommandRunner("export", export.toString()));
        assertThat(exported.status()).isZero();
        assertThat(exported.lastLineOfOut()).startsWith("{\"books\":2,");
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("{\"id\":1,\"title\":\"Dune\",\"isbn\":\"9780441172719\",\"published_year\":1965,"
                        + "\"authors\":[{\"id\":1,\"name\":\"Frank Herbert\"}],\"version\":1}");
        Run reimported = run(new ImportCommandRunner("import", export.toString()));
        assertThat(reimported.status()).isZero();
        assertThat(reimported.lastLineOfOut()).contains("\"already_present\":2,\"rejected\":0");
    }

    @Test
    void a_data_directory_a_service_holds_is_refused_with_a_clear_message() throws IOException {
        Path file = Files.createTempFile(files, "books-", ".jsonl");
        Files.writeString(file, "{\"title\":\"Emma\"}\n");
        try (EmbeddedMariaDb running = EmbeddedMariaDb.start(DATA_DIR)) {
            Run refused = run(new ImportCommandRunner("import", file.toString()));

            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err()).contains("in use");
            assertThat(refused.out()).isEmpty();
        }
    }

    @Test
    void usage_errors_and_unreadable_files_exit_2_and_touch_no_store() throws IOException {
        Path csv = Files.createTempFile(files, "not-goodreads-", ".csv");
        Files.writeString(csv, "Name,Year\nDune,1965\n");
        Path unknown = Files.createTempFile(files, "books-", ".txt");
        Files.writeString(unknown, "Dune\n");

        assertThat(run(new ImportCommandRunner("import")).status()).isEqualTo(2);
        assertThat(run(new ImportCommandRunner("import", "--format", "xml", csv.toString()))
                        .status())
                .isEqualTo(2);
        assertThat(run(new ImportCommandRunner("import", "/no/such/file.jsonl")).err())
                .contains("cannot read");
        assertThat(run(new ImportCommandRunner("import", unknown.toString())).err())
                .contains("cannot tell the format", "--format goodreads");
        Run notGoodreads = run(new ImportCommandRunner("import", csv.toString()));
        assertThat(notGoodreads.status()).isEqualTo(2);
        assertThat(notGoodreads.err()).contains("not a Goodreads library export");
        assertThat(new ImportCommand(SETTINGS.withStore(Store.MEMORY), System.out, System.err, false)
                        .run(List.of(csv.toString())))
                .isEqualTo(2);
    }

    private record ImportCommandRunner(String... arguments) {}

    private record Run(int status, String out, String err) {

        String lastLineOfOut() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static Run run(ImportCommandRunner command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> arguments = List.of(command.arguments());
        int status = arguments.get(0).equals("import")
                ? new ImportCommand(SETTINGS, outStream, errStream, false).run(arguments.subList(1, arguments.size()))
                : new ExportCommand(SETTINGS, outStream, errStream).run(arguments.subList(1, arguments.size()));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
