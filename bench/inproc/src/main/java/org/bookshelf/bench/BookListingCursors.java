package org.bookshelf.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.bookshelf.application.model.BookFilter;

/**
 * The service's cursor format for the listing of every book, so that the baseline's cursors and Bookshelf's
 * are the same strings and one harvest serves both: {@code base64url("1\n" + id + "\n" + sortKey) + "." +
 * base64url(the first 12 bytes of SHA-256(listing fingerprint, 0, payload))}. The service keeps its codec
 * ({@code PageCursors}) package-private, so the format is written out again here; {@code side-by-side.sh}
 * checks on every run that both servers hand out the same next cursor.
 */
final class BookListingCursors {

    private static final String FORMAT = "1";
    private static final int CHECKSUM_BYTES = 12;
    private static final byte[] LISTING = BookFilter.all().fingerprint().getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private BookListingCursors() {
    }

    /** The cursor of the page that follows the book with this sort key and id. */
    static String encode(String sortKey, long id) {
        byte[] payload = (FORMAT + "\n" + id + "\n" + sortKey).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(checksum(payload));
    }

    /**
     * Where the page {@code cursor} names starts.
     *
     * @throws IllegalArgumentException if {@code cursor} is not one this listing handed out
     */
    static RawJdbcCatalogue.Start decode(String cursor) {
        String[] parts = cursor.split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("cursor is malformed");
        }
        byte[] payload = DECODER.decode(parts[0]);
        if (!MessageDigest.isEqual(DECODER.decode(parts[1]), checksum(payload))) {
            throw new IllegalArgumentException("cursor does not belong to this listing or was altered");
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", 3);
        if (fields.length != 3 || !FORMAT.equals(fields[0])) {
            throw new IllegalArgumentException("cursor is malformed");
        }
        return new RawJdbcCatalogue.Start(fields[2].getBytes(StandardCharsets.UTF_8), Long.parseLong(fields[1]));
    }

    private static byte[] checksum(byte[] payload) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(LISTING);
            sha256.update((byte) 0);
            sha256.update(payload);
            return Arrays.copyOf(sha256.digest(), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
