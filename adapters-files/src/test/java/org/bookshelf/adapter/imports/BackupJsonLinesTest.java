package org.bookshelf.adapter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.exception.UnusableBackupException.Reason;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.in.BackupFile;
import org.bookshelf.application.port.in.BackupWriter;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

class BackupJsonLinesTest {

    private static final Instant TAKEN_AT = Instant.parse("2030-01-02T03:04:05.678Z");
    private static final SnapshotAuthor URSULA =
            new SnapshotAuthor(new AuthorId(7), new AuthorName("Ursula \"K.\" Le Guin"), 2);
    private static final SnapshotAuthor NOBODY =
            new SnapshotAuthor(new AuthorId(9), new AuthorName("Zoë\tUncredited"), 1);
    private static final SnapshotBook WIZARD = new SnapshotBook(
            new BookId(12),
            new Title("A Wizard of Earthsea"),
            new Isbn("9780306406157"),
            new PublicationYear(1968),
            3,
            Authorship.of(List.of(new AuthorId(9), new AuthorId(7))));
    private static final SnapshotBook UNKNOWN =
            new SnapshotBook(new BookId(13), new Title("Anonymous"), null, null, 1, Authorship.none());

    private final BackupJsonLines format = new BackupJsonLines();

    @Test
    void a_backup_is_a_header_the_authors_the_books_and_an_end_with_counts_and_the_checksum_of_the_lines_before() {
        List<String> lines = lines(write(false));

        String header = "{\"type\":\"header\",\"format\":1,\"taken_at\":\"2030-01-02T03:04:05.678Z\",\"schema\":\"3\"}";
        String ursula = "{\"type\":\"author\",\"id\":7,\"name\":\"Ursula \\\"K.\\\" Le Guin\",\"version\":2}";
        String nobody = "{\"type\":\"author\",\"id\":9,\"name\":\"Zoë\\tUncredited\",\"version\":1}";
        String wizard = "{\"type\":\"book\",\"id\":12,\"title\":\"A Wizard of Earthsea\",\"isbn\":\"9780306406157\","
                + "\"published_year\":1968,\"version\":3,\"author_ids\":[9,7]}";
        String unknown = "{\"type\":\"book\",\"id\":13,\"title\":\"Anonymous\",\"isbn\":null,\"published_year\":null,"
                + "\"version\":1,\"author_ids\":[]}";
        String end = "{\"type\":\"end\",\"authors\":2,\"books\":2,\"credits\":2,\"sha256\":\""
                + sha256(String.join("\n", header, ursula, nobody, wizard, unknown) + "\n") + "\"}";
        assertThat(lines).containsExactly(header, ursula, nobody, wizard, unknown, end);
    }

    @Test
    void what_is_written_reads_back_as_it_was_plain_or_gzipped() {
        for (boolean gzip : List.of(false, true)) {
            byte[] bytes = write(gzip);
            assertThat(bytes[0] == (byte) 0x1f).isEqualTo(gzip);
            BackupFile file = file(bytes);
            Entries read = new Entries();

            assertThat(file.verify()).isEqualTo(new BackupSummary(TAKEN_AT, "3", new CatalogueSize(2, 2, 2)));
            file.read(read);

            assertThat(read.authors).containsExactly(URSULA, NOBODY);
            assertThat(read.books).containsExactly(WIZARD, UNKNOWN);
        }
    }

    @Test
    void a_file_cut_short_anywhere_is_refused_as_truncated() {
        byte[] plain = write(false);
        byte[] gzipped = write(true);
        String text = new String(plain, StandardCharsets.UTF_8);
        for (byte[] cut : List.of(
                new byte[0],
                Arrays.copyOf(plain, text.lastIndexOf("{\"type\":\"end\"")),
                Arrays.copyOf(plain, text.lastIndexOf("{\"type\":\"book\"") + 10),
                Arrays.copyOf(plain, plain.length - 1),
                Arrays.copyOf(gzipped, gzipped.length / 2))) {
            assertRefused(cut, Reason.TRUNCATED, "truncated");
        }
    }

    @Test
    void a_file_changed_after_it_was_written_is_refused_as_altered() {
        String text = new String(write(false), StandardCharsets.UTF_8);

        assertRefused(text.replace("Earthsea", "Earthsee"), Reason.ALTERED, "SHA-256");
        assertRefused(text.replace("\"credits\":2", "\"credits\":3"), Reason.ALTERED, "end line counts");
        assertRefused(text + text.lines().toList().get(1) + "\n", Reason.ALTERED, "follow its end line");
    }

    @Test
    void a_file_that_is_no_backup_of_this_format_is_refused_as_of_an_unknown_format() {
        String text = new String(write(false), StandardCharsets.UTF_8);

        assertRefused("title,author\nDune,Frank Herbert\n", Reason.UNKNOWN_FORMAT, "not a Bookshelf backup");
        assertRefused(text.replace("\"format\":1", "\"format\":2"), Reason.UNKNOWN_FORMAT, "format 2");
    }

    @Test
    void a_whole_file_whose_lines_break_the_format_is_refused_as_malformed_after_its_checksum_holds() {
        assertRefused(
                withEnd(
                        List.of(
                                header(),
                                "{\"type\":\"book\",\"id\":1,\"title\":\"T\",\"isbn\":null,"
                                        + "\"published_year\":null,\"version\":1,\"author_ids\":[4]}"),
                        0,
                        1,
                        1),
                Reason.MALFORMED,
                "credits author 4");
        String book = "{\"type\":\"book\",\"id\":%d,\"title\":\"T\",\"isbn\":\"9780306406157\",\"published_year\":null,"
                + "\"version\":1,\"author_ids\":[]}";
        assertRefused(
                withEnd(List.of(header(), book.formatted(1), book.formatted(2)), 0, 2, 0),
                Reason.MALFORMED,
                "ISBN 9780306406157 is on two books");
        assertRefused(
                withEnd(List.of(header(), "{\"type\":\"author\",\"id\":1,\"name\":\" \",\"version\":1}"), 1, 0, 0),
                Reason.MALFORMED,
                "line 2");
    }

    private static String header() {
        return "{\"type\":\"header\",\"format\":1,\"taken_at\":\"2030-01-02T03:04:05Z\",\"schema\":\"3\"}";
    }

    private static String withEnd(List<String> lines, long authors, long books, long credits) {
        String body = String.join("\n", lines) + "\n";
        return body + "{\"type\":\"end\",\"authors\":" + authors + ",\"books\":" + books + ",\"credits\":" + credits
                + ",\"sha256\":\"" + sha256(body) + "\"}\n";
    }

    private void assertRefused(String content, Reason reason, String saying) {
        assertRefused(content.getBytes(StandardCharsets.UTF_8), reason, saying);
    }

    private void assertRefused(byte[] content, Reason reason, String saying) {
        List<Runnable> readings =
                List.of(() -> file(content).verify(), () -> file(content).read(new Entries()));
        for (Runnable reading : readings) {
            assertThatThrownBy(reading::run).isInstanceOfSatisfying(UnusableBackupException.class, refused -> {
                assertThat(refused.reason()).isEqualTo(reason);
                assertThat(refused).hasMessageContaining(saying);
            });
        }
    }

    private byte[] write(boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupWriter writer = format.writer(out, gzip);
        writer.begin(TAKEN_AT, "3");
        writer.author(URSULA);
        writer.author(NOBODY);
        writer.book(WIZARD);
        writer.book(UNKNOWN);
        assertThat(writer.end()).isEqualTo(new CatalogueSize(2, 2, 2));
        return out.toByteArray();
    }

    private BackupFile file(byte[] bytes) {
        return format.file(() -> new ByteArrayInputStream(bytes));
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static final class Entries implements SnapshotSink {

        private final List<SnapshotAuthor> authors = new ArrayList<>();
        private final List<SnapshotBook> books = new ArrayList<>();

        @Override
        public void author(SnapshotAuthor author) {
            authors.add(author);
        }

        @Override
        public void book(SnapshotBook book) {
            books.add(book);
        }
    }
}
