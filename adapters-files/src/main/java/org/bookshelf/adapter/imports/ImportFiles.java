package org.bookshelf.adapter.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Opens import files. */
public final class ImportFiles {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ImportFiles() {
    }

    /**
     * The rows of {@code in}, read in {@code format} as they are asked for; a UTF-8 byte order mark at the start
     * is skipped. Closing the rows closes {@code in}.
     *
     * @throws UnreadableFileException when the file does not start as the format does (a Goodreads export
     *                                 without Goodreads' header line); {@code in} is closed then
     */
    public static ImportRows open(InputStream in, ImportFormat format) {
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
