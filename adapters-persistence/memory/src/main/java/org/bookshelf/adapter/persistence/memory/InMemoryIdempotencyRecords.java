package org.bookshelf.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.port.out.IdempotencyRecord;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;

/**
 * Idempotency records on maps in memory. Units of work run one at a time, so a claim holds its key
 * until its unit of work ends simply by running inside it.
 */
final class InMemoryIdempotencyRecords implements IdempotencyRecordsPort {

    /** Where a record sits among all records, oldest first; the key breaks ties. */
    private record Age(Instant createdAt, String principal, String key) implements Comparable<Age> {

        static Age of(IdempotencyRecord record) {
            return new Age(
                    record.createdAt(), record.key().principal(), record.key().key());
        }

        @Override
        public int compareTo(Age other) {
            int byTime = createdAt.compareTo(other.createdAt);
            if (byTime != 0) {
                return byTime;
            }
            int byPrincipal = principal.compareTo(other.principal);
            return byPrincipal != 0 ? byPrincipal : key.compareTo(other.key);
        }
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<IdempotencyKey, IdempotencyRecord> records = new HashMap<>();
    private final NavigableMap<Age, IdempotencyKey> byAge = new TreeMap<>();

    InMemoryIdempotencyRecords(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord record, Instant liveSince) {
        return unitOfWork.run(() -> {
            IdempotencyRecord held = records.get(record.key());
            if (held != null && !held.createdAt().isBefore(liveSince)) {
                return Optional.of(held);
            }
            if (held != null) {
                unitOfWork.write(byAge, Age.of(held), null);
            }
            unitOfWork.write(records, record.key(), record);
            unitOfWork.write(byAge, Age.of(record), record.key());
            return Optional.empty();
        });
    }

    @Override
    public int forgetOlderThan(Instant liveSince, int limit) {
        return unitOfWork.run(() -> {
            List<Map.Entry<Age, IdempotencyKey>> expired = new ArrayList<>();
            for (Map.Entry<Age, IdempotencyKey> entry : byAge.entrySet()) {
                if (expired.size() == limit || !entry.getKey().createdAt().isBefore(liveSince)) {
                    break;
                }
                expired.add(Map.entry(entry.getKey(), entry.getValue()));
            }
            for (Map.Entry<Age, IdempotencyKey> entry : expired) {
                unitOfWork.write(byAge, entry.getKey(), null);
                unitOfWork.write(records, entry.getValue(), null);
            }
            return expired.size();
        });
    }
}
