package org.bookshelf.adapter.imports;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.exception.UnusableBackupException.Reason;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.in.BackupFile;
import org.bookshelf.application.port.in.BackupFormat.Source;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@link BackupJsonLines backup file} line by line, in memory that grows with the number of authors and
 * ISBNs only (a {@code long} each, to check that every credited author is in the file and no ISBN is there twice),
 * never with the lines. Each reading checks the whole file: its header, each line's shape, the order of the ids,
 * and at its end the counts and the checksum of the end line.
 */
final class BackupFileReader implements BackupFile {

    /** Far above any line of a valid file: a book line with 100 authors and a 500-character title is under 4 KB. */
    static final int MAX_LINE_BYTES = 1 << 16;

    private final Source source;

    BackupFileReader(Source source) {
        this.source = source;
    }

    @Override
    public BackupSummary verify() {
        return read(null, false);
    }

    @Override
    public void read(SnapshotSink sink) {
        read(sink, true);
    }

    private BackupSummary read(SnapshotSink sink, boolean failFast) {
        try (InputStream in = decompressed(source.open())) {
            return new Reading(new LineInput(in), sink, failFast).run();
        } catch (EOFException e) {
            throw new UnusableBackupException(Reason.TRUNCATED, "the backup is truncated: its gzip data ends early", e);
        } catch (ZipException e) {
            throw new UnusableBackupException(
                    Reason.ALTERED, "the backup is altered: its gzip data is damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024) : in;
    }

    /** One reading of the file, from its first line to its end line. */
    private static final class Reading {

        private final LineInput lines;
        private final SnapshotSink sink;
        private final boolean failFast;
        private final MessageDigest digest = BackupJsonLines.sha256();
        private final LongList authorIds = new LongList();
        private final LongList isbns = new LongList();
        private UnusableBackupException firstMalformed;
        private long lastBookId;
        private long books;
        private long credits;

        Reading(LineInput lines, SnapshotSink sink, boolean failFast) {
            this.lines = lines;
            this.sink = sink;
            this.failFast = failFast;
        }

        BackupSummary run() throws IOException {
            byte[] first = lines.next();
            if (first == null) {
                throw new UnusableBackupException(Reason.TRUNCATED, "the backup is truncated: the file is empty");
            }
            JsonNode header = headerOf(first);
            digest(first);
            JsonNode end = null;
            for (byte[] line = lines.next(); line != null && !lines.truncatedLast(); line = lines.next()) {
                JsonNode node = parse(line);
                if (node != null && "end".equals(node.path("type").asString(null))) {
                    end = node;
                    break;
                }
                digest(line);
                if (node == null) {
                    malformed("it is no JSON object");
                } else {
                    take(node);
                }
            }
            if (end == null) {
                throw new UnusableBackupException(
                        Reason.TRUNCATED,
                        "the backup is truncated: it ends after line " + lines.number() + " without its end line");
            }
            if (lines.next() != null) {
                throw new UnusableBackupException(Reason.ALTERED, "the backup is altered: lines follow its end line");
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            if (!checksum.equals(end.path("sha256").asString(null))) {
                throw new UnusableBackupException(
                        Reason.ALTERED,
                        "the backup is altered: its lines do not have the" + " SHA-256 its end line gives");
            }
            if (firstMalformed != null) {
                throw firstMalformed;
            }
            isbns.sort();
            long duplicate = isbns.firstDuplicate();
            if (duplicate >= 0) {
                throw new UnusableBackupException(
                        Reason.MALFORMED,
                        "the backup is not as the format has it: the ISBN " + duplicate + " is on two books");
            }
            CatalogueSize size = new CatalogueSize(books, authorIds.size(), credits);
            CatalogueSize told = new CatalogueSize(
                    Math.max(end.path("books").asLong(-1), 0),
                    Math.max(end.path("authors").asLong(-1), 0),
                    Math.max(end.path("credits").asLong(-1), 0));
            if (!size.equals(told)) {
                throw new UnusableBackupException(
                        Reason.ALTERED,
                        "the backup is altered: its end line counts " + describe(told) + " but it holds "
                                + describe(size));
            }
            return new BackupSummary(
                    Instant.parse(header.path("taken_at").asString()),
                    header.path("schema").asString(),
                    size);
        }

        private JsonNode headerOf(byte[] line) {
            JsonNode header = parse(line);
            if (header == null || !"header".equals(header.path("type").asString(null))) {
                throw new UnusableBackupException(
                        Reason.UNKNOWN_FORMAT, "not a Bookshelf backup: its first line is no backup header");
            }
            if (!header.path("format").isIntegralNumber()
                    || header.path("format").asLong() != BackupJsonLines.FORMAT) {
                throw new UnusableBackupException(
                        Reason.UNKNOWN_FORMAT,
                        "the backup is of format " + header.path("format") + "; this release reads format "
                                + BackupJsonLines.FORMAT);
            }
            try {
                Instant.parse(header.path("taken_at").asString(""));
            } catch (DateTimeParseException e) {
                throw new UnusableBackupException(Reason.UNKNOWN_FORMAT, "the backup's header has no taken_at time");
            }
            if (!header.path("schema").isString()) {
                throw new UnusableBackupException(Reason.UNKNOWN_FORMAT, "the backup's header has no schema");
            }
            return header;
        }

        private void take(JsonNode node) {
            try {
                switch (node.path("type").asString("")) {
                    case "author" -> author(node);
                    case "book" -> book(node);
                    default -> malformed("a line of type " + node.path("type") + " is no author and no book");
                }
            } catch (IllegalArgumentException | InvalidValueException | ArithmeticException e) {
                malformed(e.getMessage());
            }
        }

        private void author(JsonNode node) {
            if (books > 0) {
                malformed("an author follows the books");
                return;
            }
            long id = number(node, "id");
            if (!authorIds.isEmpty() && id <= authorIds.last()) {
                malformed("author " + id + " is out of id order");
                return;
            }
            SnapshotAuthor author =
                    new SnapshotAuthor(new AuthorId(id), new AuthorName(text(node, "name")), number(node, "version"));
            authorIds.add(id);
            if (sink != null) {
                sink.author(author);
            }
        }

        private void book(JsonNode node) {
            long id = number(node, "id");
            if (id <= lastBookId) {
                malformed("book " + id + " is out of id order");
                return;
            }
            JsonNode credited = node.path("author_ids");
            if (!credited.isArray()) {
                malformed("book " + id + " has no author_ids");
                return;
            }
            List<AuthorId> authors = new ArrayList<>(credited.size());
            for (JsonNode author : credited) {
                if (!author.isIntegralNumber() || !authorIds.contains(author.asLong())) {
                    malformed("book " + id + " credits author " + author + ", whom the backup does not hold");
                    return;
                }
                authors.add(new AuthorId(author.asLong()));
            }
            JsonNode isbn = node.path("isbn");
            JsonNode year = node.path("published_year");
            SnapshotBook book = new SnapshotBook(
                    new BookId(id),
                    new Title(text(node, "title")),
                    isbn.isNull() ? null : new Isbn(text(node, "isbn")),
                    year.isNull() ? null : new PublicationYear(Math.toIntExact(number(node, "published_year"))),
                    number(node, "version"),
                    Authorship.of(authors));
            lastBookId = id;
            books++;
            credits += authors.size();
            if (book.isbn() != null) {
                isbns.add(Long.parseLong(book.isbn().value()));
            }
            if (sink != null) {
                sink.book(book);
            }
        }

        /** The line's object, or {@code null} when it holds none. */
        private static JsonNode parse(byte[] line) {
            try {
                JsonNode node = BackupJsonLines.JSON.readTree(line);
                return node != null && node.isObject() ? node : null;
            } catch (JacksonException e) {
                return null;
            }
        }

        private void malformed(String what) {
            UnusableBackupException failure = new UnusableBackupException(
                    Reason.MALFORMED, "the backup's line " + lines.number() + " is not as the format has it: " + what);
            if (failFast) {
                throw failure;
            }
            if (firstMalformed == null) {
                firstMalformed = failure;
            }
        }

        private void digest(byte[] line) {
            digest.update(line);
            digest.update((byte) '\n');
        }

        private static long number(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new IllegalArgumentException(field + " is no whole number");
            }
            return value.asLong();
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isString()) {
                throw new IllegalArgumentException(field + " is no string");
            }
            return value.asString();
        }

        private static String describe(CatalogueSize size) {
            return size.authors() + " authors, " + size.books() + " books and " + size.credits() + " credits";
        }
    }

    /** The lines of a stream as bytes, without their line feed; the last may lack one (then truncated). */
    private static final class LineInput {

        private final InputStream in;
        private byte[] line = new byte[1024];
        private long number;
        private boolean truncatedLast;

        LineInput(InputStream in) {
            this.in = in;
        }

        /** The next line, or {@code null} at the end of the stream. */
        byte[] next() throws IOException {
            int length = 0;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length == line.length) {
                    if (length >= MAX_LINE_BYTES) {
                        throw new UnusableBackupException(
                                Reason.MALFORMED,
                                "the backup's line " + (number + 1) + " is longer than " + MAX_LINE_BYTES + " bytes");
                    }
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = (byte) b;
            }
            if (b == -1 && length == 0) {
                return null;
            }
            number++;
            truncatedLast = b == -1;
            return Arrays.copyOf(line, length);
        }

        long number() {
            return number;
        }

        /** Whether the line {@link #next} gave last ended with the stream rather than a line feed. */
        boolean truncatedLast() {
            return truncatedLast;
        }
    }

    /** A growing array of {@code long}s: a million author ids or ISBNs in 8 MB. */
    private static final class LongList {

        private long[] values = new long[1024];
        private int size;
        private boolean sorted = true;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            if (size > 0 && values[size - 1] >= value) {
                sorted = false;
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long last() {
            return values[size - 1];
        }

        /** Whether {@code value} is in the list, which must be {@link #sort sorted}: the author ids come in order. */
        boolean contains(long value) {
            return Arrays.binarySearch(values, 0, size, value) >= 0;
        }

        void sort() {
            if (!sorted) {
                Arrays.sort(values, 0, size);
                sorted = true;
            }
        }

        /** A value that is there twice, or -1; the list must be sorted. */
        long firstDuplicate() {
            for (int i = 1; i < size; i++) {
                if (values[i] == values[i - 1]) {
                    return values[i];
                }
            }
            return -1;
        }
    }
}
