package org.bookshelf.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.domain.InvalidValueException;

/**
 * Turns keysets into opaque page cursors and back.
 *
 * <p>A cursor carries the keyset of the last item of a page and a checksum over that keyset and the
 * listing's filter, so a cursor that was edited, or that belongs to another listing, is refused rather
 * than silently continuing somewhere else. The checksum is not keyed: it catches edits and mix-ups, not
 * a client that rebuilds it on purpose, and such a client can only move within the listing it asked for,
 * since a keyset is a bound query parameter. Cursors are not secret either: anyone can decode them.
 */
final class PageCursors {

    private static final String FORMAT = "2";

    /** Cursors given out before searches were ranked: their rank is 0. */
    private static final String UNRANKED_FORMAT = "1";

    private static final int CHECKSUM_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageCursors() {}

    /** The keyset a request continues after, or {@code null} for a first page. */
    static Keyset keysetOf(PageRequest request, String listingFingerprint) {
        String cursor = request.cursor();
        if (cursor == null) {
            return null;
        }
        String[] parts = cursor.split("\\.", -1);
        if (parts.length != 2) {
            throw malformed();
        }
        byte[] payload = decode(parts[0]);
        byte[] checksum = decode(parts[1]);
        if (!MessageDigest.isEqual(checksum, checksum(payload, listingFingerprint))) {
            throw new InvalidValueException(RequestValue.PAGE_CURSOR, "does not belong to this listing or was altered");
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", 4);
        try {
            if (fields.length == 3 && UNRANKED_FORMAT.equals(fields[0])) {
                return new Keyset(0, fields[2], Long.parseLong(fields[1]));
            }
            if (fields.length == 4 && FORMAT.equals(fields[0])) {
                return new Keyset(Integer.parseInt(fields[2]), fields[3], Long.parseLong(fields[1]));
            }
        } catch (NumberFormatException e) {
            throw malformed();
        }
        throw malformed();
    }

    /**
     * The page for {@code request} out of {@code fetched}, which holds up to one item more than the
     * request's limit: that extra item only tells that a next page exists. A store that stopped reading
     * early gives a shorter page that still has a next one, which starts where the store stopped.
     */
    static <T> Page<T> page(
            Slice<T> fetched, PageRequest request, String listingFingerprint, Function<T, Keyset> keysetOfItem) {
        List<T> items = fetched.items();
        if (items.size() > request.limit()) {
            List<T> shown = items.subList(0, request.limit());
            return new Page<>(shown, encode(keysetOfItem.apply(shown.get(shown.size() - 1)), listingFingerprint));
        }
        return new Page<>(items, fetched.stoppedAt() == null ? null : encode(fetched.stoppedAt(), listingFingerprint));
    }

    private static String encode(Keyset keyset, String listingFingerprint) {
        byte[] payload = (FORMAT + "\n" + keyset.id() + "\n" + keyset.rank() + "\n" + keyset.sortKey())
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(checksum(payload, listingFingerprint));
    }

    private static byte[] checksum(byte[] payload, String listingFingerprint) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(listingFingerprint.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(payload);
            return Arrays.copyOf(sha256.digest(), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return DECODER.decode(base64);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static InvalidValueException malformed() {
        return new InvalidValueException(
                RequestValue.PAGE_CURSOR, "is malformed; pass it back exactly as it was received");
    }
}
