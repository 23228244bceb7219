package org.bookshelf.adapter.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.port.out.ImportRows;

/** The catalogue's file formats: Goodreads CSV and JSON Lines read, JSON Lines written. */
public final class CatalogueFileFormats implements FileFormats {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Reads {@code .csv} as a Goodreads export, {@code .jsonl} and {@code .ndjson} as JSON Lines. */
    @Override
    public Optional<ImportFormat> detect(String fileName, String firstLine) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(ImportFormat.GOODREADS);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(ImportFormat.JSON_LINES);
        }
        String line = firstLine.replace("\uFEFF", "").strip();
        if (line.startsWith("{")) {
            return Optional.of(ImportFormat.JSON_LINES);
        }
        if (GoodreadsCsvRows.looksLikeHeader(line)) {
            return Optional.of(ImportFormat.GOODREADS);
        }
        return Optional.empty();
    }

    @Override
    public ImportRows open(InputStream in, ImportFormat format) {
        try {
            InputStream text = withoutByteOrderMark(in);
            return switch (format) {
                case GOODREADS -> new GoodreadsCsvRows(text);
                case JSON_LINES -> new JsonLinesRows(text);
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void writeBook(BookView book, OutputStream out) throws IOException {
        BookJsonLines.write(book, out);
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, UTF8_BYTE_ORDER_MARK.length);
        byte[] start = pushback.readNBytes(UTF8_BYTE_ORDER_MARK.length);
        if (!Arrays.equals(start, UTF8_BYTE_ORDER_MARK)) {
            pushback.unread(start);
        }
        return pushback;
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more can be done with it
        }
    }
}
