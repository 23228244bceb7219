package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.out.IdempotencyRecord;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.junit.jupiter.api.Test;

/** The idempotency rule on records kept in a map: replayed within the window, refused when reused, free after. */
class OncePerKeyTest {

    private static final IdempotencyKey KEY = new IdempotencyKey("editor", "key-1");

    private Instant now = Instant.parse("2030-01-01T00:00:00Z");
    private final Map<IdempotencyKey, IdempotencyRecord> records = new HashMap<>();
    private final Map<Long, String> registered = new HashMap<>();
    private long lastId;
    private final OncePerKey oncePerKey = new OncePerKey(new DirectUnitOfWork(), new MapRecords(), new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void the_same_request_under_a_key_registers_once_and_is_answered_what_it_registered() {
        Registration<String> first = register("Dune", "fingerprint");
        Registration<String> again = register("Dune", "fingerprint");

        assertThat(first).isEqualTo(new Registration<>("1 Dune", false));
        assertThat(again).isEqualTo(new Registration<>("1 Dune", true));
        assertThat(registered).hasSize(1);
    }

    @Test
    void another_request_under_the_key_is_refused_within_the_window_and_free_after() {
        register("Dune", "fingerprint");

        assertThatThrownBy(() -> register("Emma", "another")).isInstanceOf(IdempotencyKeyReusedException.class);

        now = now.plus(OncePerKey.REPLAY_WINDOW).plus(Duration.ofSeconds(1));
        Registration<String> later = register("Emma", "another");
        assertThat(later.replayed()).isFalse();
        assertThat(later.registered()).endsWith(" Emma");
        assertThat(registered).containsValues("Dune", "Emma").hasSize(2);
    }

    @Test
    void a_replay_of_a_registration_deleted_since_is_gone() {
        register("Dune", "fingerprint");
        registered.clear();

        assertThatThrownBy(() -> register("Dune", "fingerprint"))
                .isInstanceOf(RegistrationGoneException.class)
                .hasMessageStartingWith("book 1");
    }

    @Test
    void without_a_key_every_request_registers() {
        oncePerKey.register(null, Kind.BOOK, "fingerprint", () -> ++lastId, this::registerBook, this::find);
        oncePerKey.register(null, Kind.BOOK, "fingerprint", () -> ++lastId, this::registerBook, this::find);

        assertThat(registered).hasSize(2);
        assertThat(records).isEmpty();
    }

    private Registration<String> register(String title, String fingerprint) {
        LongFunction<String> registerTitle = id -> {
            registered.put(id, title);
            return id + " " + title;
        };
        return oncePerKey.register(KEY, Kind.BOOK, fingerprint, () -> ++lastId, registerTitle, this::find);
    }

    private String registerBook(long id) {
        registered.put(id, "Untitled");
        return id + " Untitled";
    }

    private Optional<String> find(long id) {
        return Optional.ofNullable(registered.get(id)).map(title -> id + " " + title);
    }

    /** Runs the work as it is: these tests make no concurrent claims. */
    private static final class DirectUnitOfWork implements UnitOfWork {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    }

    private final class MapRecords implements IdempotencyRecordsPort {

        @Override
        public Optional<IdempotencyRecord> claim(IdempotencyRecord record, Instant liveSince) {
            IdempotencyRecord held = records.get(record.key());
            if (held != null && !held.createdAt().isBefore(liveSince)) {
                return Optional.of(held);
            }
            records.put(record.key(), record);
            return Optional.empty();
        }

        @Override
        public int forgetOlderThan(Instant liveSince, int limit) {
            int before = records.size();
            records.values().removeIf(held -> held.createdAt().isBefore(liveSince));
            return before - records.size();
        }
    }
}
