package org.bookshelf.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.bookshelf.application.model.IdempotencyKey;

/**
 * What one request registered under an idempotency key.
 *
 * @param requestFingerprint equal for requests that ask for the same registration, different otherwise
 * @param kind               what was registered
 * @param resourceId         the id of the book or author registered
 * @param createdAt          when; an adapter keeps it to the microsecond at least
 */
public record IdempotencyRecord(
        IdempotencyKey key, String requestFingerprint, Kind kind, long resourceId, Instant createdAt) {

    /** The kinds of registration a key can record. */
    public enum Kind {
        BOOK,
        AUTHOR
    }

    public IdempotencyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
