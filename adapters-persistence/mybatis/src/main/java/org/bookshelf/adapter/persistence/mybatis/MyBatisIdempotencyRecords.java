package org.bookshelf.adapter.persistence.mybatis;

import java.time.Instant;
import java.util.Optional;
import org.bookshelf.application.port.out.IdempotencyRecord;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Idempotency records in {@code idempotency_keys}, one row per principal and key.
 *
 * <p>A claim begins with {@code INSERT ... ON DUPLICATE KEY UPDATE}, which inserts the row or, when the
 * key has one, takes an exclusive lock on it. Concurrent claims of one key therefore queue on that row
 * and each, once it holds the lock, reads what the one before it recorded. A plain {@code INSERT} would
 * not do: on a duplicate key it takes a shared lock, and two waiting claims that both hold one and then
 * want to write deadlock each other. Why, at length: {@code docs/persistence.md}, "Idempotency keys".
 *
 * <p>Each call runs in the caller's unit of work, or in one of its own when called outside any.
 */
record MyBatisIdempotencyRecords(UnitOfWork unitOfWork, IdempotencyRecordMapper records)
        implements IdempotencyRecordsPort {

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord record, Instant liveSince) {
        IdempotencyRecordRow mine = IdempotencyRecordRow.of(record);
        return unitOfWork.run(() -> {
            records.insertOrLock(mine);
            IdempotencyRecordRow held = records.lock(mine.principal(), mine.idemKey());
            if (held.registers(mine)) {
                return Optional.empty();
            }
            if (held.createdAt().isBefore(IdempotencyRecordRow.utc(liveSince))) {
                records.replace(mine);
                return Optional.empty();
            }
            return Optional.of(held.toRecord());
        });
    }

    @Override
    public int forgetOlderThan(Instant liveSince, int limit) {
        return unitOfWork.run(() -> records.anyOlderThan(IdempotencyRecordRow.utc(liveSince))
                ? records.deleteOlderThan(IdempotencyRecordRow.utc(liveSince), limit)
                : 0);
    }
}
