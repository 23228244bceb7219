package org.bookshelf.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers what each idempotency key registered, so that a repeated request is answered with it
 * instead of registering again. Only call inside a {@link UnitOfWork}: a record is kept, or dropped,
 * with the unit of work that made it.
 */
public interface IdempotencyRecordsPort {

    /**
     * Records {@code record} under its key, unless the key holds a record created at or after
     * {@code liveSince}: then answers that live record and records nothing. A record older than that no
     * longer counts and is replaced.
     *
     * <p>Either way the key stays claimed until the unit of work ends: a concurrent claim of the same key
     * waits for it, and then sees what it recorded (or, had it rolled back, the key as it was before).
     *
     * @return empty when {@code record} was recorded; otherwise the live record that holds the key
     */
    Optional<IdempotencyRecord> claim(IdempotencyRecord record, Instant liveSince);

    /**
     * Forgets records created before {@code liveSince}, oldest first, at most {@code limit} of them.
     *
     * @return how many were forgotten
     */
    int forgetOlderThan(Instant liveSince, int limit);
}
