package org.bookshelf.adapter.imports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.port.in.BackupFile;
import org.bookshelf.application.port.in.BackupFormat;
import org.bookshelf.application.port.in.BackupWriter;
import org.bookshelf.domain.AuthorId;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup file: JSON Lines, one object a line with a {@code type}, in this order:
 * <pre>
 * {"type":"header","format":1,"taken_at":"2030-01-01T00:00:00Z","schema":"3"}
 * {"type":"author","id":7,"name":"Ursula K. Le Guin","version":1}              (every author, in id order)
 * {"type":"book","id":12,"title":"…","isbn":"9780…"|null,"published_year":1969|null,"version":3,
 *  "author_ids":[7,9]}                                                         (every book, in id order)
 * {"type":"end","authors":1,"books":1,"credits":2,"sha256":"…"}
 * </pre>
 * {@code sha256} is the hex SHA-256 of the UTF-8 bytes of every line before the end line, each with its line
 * feed. A file whose name ends in {@code .gz} is that text compressed with gzip; a reader tells gzip by its first
 * bytes. The README documents the format for other tools.
 */
final class BackupJsonLines implements BackupFormat {

    /** The format this build writes and reads. */
    static final int FORMAT = 1;

    private static final int BUFFER_BYTES = 64 * 1024;

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    record HeaderLine(String type, int format, String takenAt, String schema) {}

    record AuthorLine(String type, long id, String name, long version) {}

    record BookLine(
            String type,
            long id,
            String title,
            String isbn,
            Integer publishedYear,
            long version,
            List<Long> authorIds) {}

    record EndLine(String type, long authors, long books, long credits, String sha256) {}

    @Override
    public BackupWriter writer(OutputStream out, boolean gzip) {
        try {
            return new Writer(out, gzip ? new GZIPOutputStream(out, BUFFER_BYTES) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BackupFile file(Source source) {
        return new BackupFileReader(source);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Writes each line and hashes it; counts what it wrote for the end line. */
    private static final class Writer implements BackupWriter {

        private final OutputStream out;
        private final GZIPOutputStream gzip;
        private final MessageDigest digest = sha256();
        private long authors;
        private long books;
        private long credits;

        /** @param gzip the compressor on {@code out} to write through, or {@code null} to write as it is */
        Writer(OutputStream out, GZIPOutputStream gzip) {
            this.out = new BufferedOutputStream(gzip != null ? gzip : out, BUFFER_BYTES);
            this.gzip = gzip;
        }

        @Override
        public void begin(Instant takenAt, String schema) {
            line(new HeaderLine("header", FORMAT, takenAt.toString(), schema));
        }

        @Override
        public void author(SnapshotAuthor author) {
            line(new AuthorLine("author", author.id().value(), author.name().value(), author.version()));
            authors++;
        }

        @Override
        public void book(SnapshotBook book) {
            List<Long> authorIds =
                    book.authorship().authorIds().stream().map(AuthorId::value).toList();
            line(new BookLine(
                    "book",
                    book.id().value(),
                    book.title().value(),
                    book.isbn() == null ? null : book.isbn().value(),
                    book.publishedYear() == null ? null : book.publishedYear().value(),
                    book.version(),
                    authorIds));
            books++;
            credits += authorIds.size();
        }

        @Override
        public CatalogueSize end() {
            byte[] end = JSON.writeValueAsBytes(
                    new EndLine("end", authors, books, credits, HexFormat.of().formatHex(digest.digest())));
            try {
                out.write(end);
                out.write('\n');
                out.flush();
                if (gzip != null) {
                    gzip.finish();
                    gzip.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new CatalogueSize(books, authors, credits);
        }

        private void line(Object line) {
            byte[] bytes = JSON.writeValueAsBytes(line);
            digest.update(bytes);
            digest.update((byte) '\n');
            try {
                out.write(bytes);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
