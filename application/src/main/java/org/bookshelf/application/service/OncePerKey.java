package org.bookshelf.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.out.IdempotencyRecord;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * The idempotency rule the registering use cases share. Within {@link #REPLAY_WINDOW} of a registration
 * made under a key, the same request with that key registers nothing and answers what was registered
 * then, as it is now; a different request with that key is refused; after the window the key is free
 * again. A request that is refused records nothing, so its key stays free.
 *
 * <p>The key is claimed in the unit of work that registers, so that the record and the registration are
 * kept together or not at all, and concurrent requests with one key register once: the adapter makes
 * the later claims wait for the first one (see {@link IdempotencyRecordsPort#claim}).
 */
record OncePerKey(UnitOfWork unitOfWork, IdempotencyRecordsPort records, Clock clock) {

    /** How long a key answers what it registered. */
    static final Duration REPLAY_WINDOW = Duration.ofHours(24);

    /** How many expired records a registration under a key forgets, at most, before it claims its own. */
    static final int FORGET_AT_ONCE = 100;

    /**
     * Registers one book or author, at most once per key.
     *
     * @param key         {@code null} to register whatever was registered before
     * @param fingerprint the request's {@link RequestFingerprint}
     * @param newId       a fresh id for the resource; called inside the unit of work
     * @param register    registers the resource under the id and answers it; called inside the unit of work
     * @param find        the resource as it is now, or empty when it was deleted
     * @throws IdempotencyKeyReusedException when the key registered something else within the window
     * @throws RegistrationGoneException     when what the key registered has been deleted since
     */
    <T> Registration<T> register(
            IdempotencyKey key,
            Kind kind,
            String fingerprint,
            LongSupplier newId,
            LongFunction<T> register,
            LongFunction<Optional<T>> find) {
        if (key == null) {
            return new Registration<>(unitOfWork.run(() -> register.apply(newId.getAsLong())), false);
        }
        Instant now = clock.instant();
        Instant liveSince = now.minus(REPLAY_WINDOW);
        // Apart from the registration, so that the records it deletes are not held locked while it runs.
        unitOfWork.run(() -> records.forgetOlderThan(liveSince, FORGET_AT_ONCE));
        Claim<T> claim = unitOfWork.run(() -> {
            IdempotencyRecord mine = new IdempotencyRecord(key, fingerprint, kind, newId.getAsLong(), now);
            Optional<IdempotencyRecord> earlier = records.claim(mine, liveSince);
            if (earlier.isEmpty()) {
                return new Claim<>(register.apply(mine.resourceId()), 0);
            }
            if (!earlier.get().requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return new Claim<>(null, earlier.get().resourceId());
        });
        if (claim.registered() != null) {
            return new Registration<>(claim.registered(), false);
        }
        // A unit of work of its own, begun after the earlier registration was kept, sees it in any store.
        long earlierId = claim.earlierId();
        T registeredEarlier = unitOfWork
                .run(() -> find.apply(earlierId))
                .orElseThrow(
                        () -> new RegistrationGoneException(kind.name().toLowerCase(Locale.ROOT) + " " + earlierId));
        return new Registration<>(registeredEarlier, true);
    }

    /** What the claim came to: this request's registration, or the id an earlier request registered. */
    private record Claim<T>(T registered, long earlierId) {}
}
