package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mariadb.EmbeddedMariaDb;
import org.bookshelf.adapter.persistence.mariadb.RunningEmbeddedMariaDb;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code backup} and {@code restore} on the command line: a backup taken while a service holds the embedded
 * database, restored into a fresh data directory and into an external database, backs up again to the same lines;
 * and every refusal exits 1 with nothing changed.
 */
class BackupCommandTest {

    private static final Path ROOT = Path.of("target", "backup-command-test").toAbsolutePath();
    private static final Path SERVICE_DATA = ROOT.resolve("service");
    private static final Path FRESH_DATA = ROOT.resolve("fresh");
    private static final Path EXTERNAL_DATA = ROOT.resolve("external");

    @BeforeEach
    void startFromNoData() throws IOException {
        if (Files.exists(ROOT)) {
            try (Stream<Path> paths = Files.walk(ROOT)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(ROOT);
    }

    @Test
    void a_backup_taken_beside_a_running_service_restores_elsewhere_to_the_same_lines_and_ids_continue()
            throws IOException {
        Path backup = ROOT.resolve("catalogue.jsonl.gz");
        try (EmbeddedMariaDb service = EmbeddedMariaDb.start(SERVICE_DATA)) {
            try (CommandLineStore store = besideService()) {
                fill(store.useCases());
            }
            Run taken = run(SERVICE_DATA, "backup", backup.toString());
            assertThat(taken.status()).as(taken.err()).isZero();
            assertThat(taken.lastLineOfOut()).startsWith("{\"authors\":3,\"books\":3,\"credits\":4,");
        }
        List<String> saved = lines(backup);
        assertThat(saved.get(0)).startsWith("{\"type\":\"header\",\"format\":1,\"taken_at\":\"");

        Run restored = run(FRESH_DATA, "restore", backup.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(backUpAgain(FRESH_DATA)).isEqualTo(withoutHeader(saved));

        try (EmbeddedMariaDb external = EmbeddedMariaDb.start(EXTERNAL_DATA)) {
            DatabaseSettings url = new DatabaseSettings(external.jdbcUrl(), external.user(), external.password(), null);
            assertThat(command(settings(url), "restore", backup.toString()).status())
                    .isZero();
            Path again = ROOT.resolve("external.jsonl");
            assertThat(command(settings(url), "backup", again.toString()).status())
                    .isZero();
            assertThat(withoutHeader(lines(again))).isEqualTo(withoutHeader(saved));
        }
        try (CommandLineStore store = CommandLineStore.open(DatabaseSettings.embedded(FRESH_DATA))) {
            assertThat(store.useCases()
                            .registerAuthor()
                            .registerAuthor(new AuthorName("Next"))
                            .id()
                            .value())
                    .isEqualTo(4);
            assertThat(book(store.useCases(), "Next", null).id().value()).isEqualTo(5);
        }
    }

    @Test
    void a_restore_refuses_a_catalogue_that_is_not_empty_and_any_file_it_cannot_trust_and_changes_nothing()
            throws IOException {
        Path backup = ROOT.resolve("catalogue.jsonl");
        try (CommandLineStore store = CommandLineStore.open(DatabaseSettings.embedded(SERVICE_DATA))) {
            fill(store.useCases());
        }
        assertThat(run(SERVICE_DATA, "backup", backup.toString()).status()).isZero();
        String text = Files.readString(backup);
        List<String> before = withoutHeader(lines(backup));

        assertRefused(backup, "not empty");
        assertRefused(write("cut.jsonl", text.substring(0, text.lastIndexOf("{\"type\":\"book\""))), "truncated");
        assertRefused(write("altered.jsonl", text.replace("Earthsea", "Earthsee")), "altered");
        assertRefused(write("unknown.jsonl", "title,author\nDune,Frank Herbert\n"), "not a Bookshelf backup");
        assertRefused(write("newer.jsonl", text.replace("\"schema\":\"3\"", "\"schema\":\"99\"")), "newer");
        assertThat(backUpAgain(SERVICE_DATA)).isEqualTo(before);

        Run replaced = run(SERVICE_DATA, "restore", backup.toString(), "--replace");
        assertThat(replaced.status()).as(replaced.err()).isZero();
        assertThat(backUpAgain(SERVICE_DATA)).isEqualTo(before);
        assertThat(run(SERVICE_DATA, "restore").status()).isEqualTo(2);
    }

    private void assertRefused(Path file, String saying) {
        Run refused = run(SERVICE_DATA, "restore", file.toString());
        assertThat(refused.status()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was changed", saying);
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(ROOT.resolve(name), content);
    }

    /** Three authors (one credited nowhere, one renamed), three books, credits out of id order, a deleted book. */
    private static void fill(BookshelfUseCases useCases) {
        AuthorView ursula = useCases.registerAuthor().registerAuthor(new AuthorName("Ursula K. Le Guin"));
        AuthorView alone = useCases.registerAuthor().registerAuthor(new AuthorName("Credited nowhere"));
        AuthorView other = useCases.registerAuthor().registerAuthor(new AuthorName("Other"));
        useCases.renameAuthor()
                .renameAuthor(new RenameAuthorCommand(other.id(), new AuthorName("Other, renamed"), null));
        BookView wizard = book(useCases, "A Wizard of Earthsea", new Isbn("9780306406157"), ursula, other);
        book(useCases, "Gone", null, ursula);
        useCases.deleteBook()
                .deleteBook(new org.bookshelf.domain.BookId(wizard.id().value() + 1));
        book(useCases, "Anonymous", null);
        book(useCases, "Both", null, other, ursula);
        assertThat(alone.id().value()).isEqualTo(2);
    }

    private static BookView book(BookshelfUseCases useCases, String title, Isbn isbn, AuthorView... authors) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(
                        new Title(title),
                        isbn,
                        new PublicationYear(1968),
                        Authorship.of(Stream.of(authors).map(AuthorView::id).toList())));
    }

    private static CommandLineStore besideService() {
        return CommandLineStore.open(RunningEmbeddedMariaDb.reachable(DatabaseSettings.embedded(SERVICE_DATA)));
    }

    private List<String> backUpAgain(Path dataDir) throws IOException {
        Path again = Files.createTempFile(ROOT, "again-", ".jsonl");
        Run taken = run(dataDir, "backup", again.toString());
        assertThat(taken.status()).as(taken.err()).isZero();
        return withoutHeader(lines(again));
    }

    /** The lines but the header, and the end line but its checksum, which covers the header's time. */
    private static List<String> withoutHeader(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.subList(1, lines.size()));
        kept.set(kept.size() - 1, kept.get(kept.size() - 1).replaceFirst(",\"sha256\":\"[0-9a-f]{64}\"", ""));
        return kept;
    }

    private static List<String> lines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream text = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(text.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
    }

    private static BookshelfSettings settings(DatabaseSettings database) {
        return BookshelfSettings.defaults().withDatabase(database);
    }

    private record Run(int status, String out, String err) {

        String lastLineOfOut() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static Run run(Path dataDir, String... arguments) {
        return command(settings(DatabaseSettings.embedded(dataDir)), arguments);
    }

    private static Run command(BookshelfSettings settings, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> rest = List.of(arguments).subList(1, arguments.length);
        int status = arguments[0].equals("backup")
                ? new BackupCommand(settings, outStream, errStream, false).run(rest)
                : new RestoreCommand(settings, outStream, errStream, false).run(rest);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
