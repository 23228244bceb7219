package org.bookshelf.adapter.persistence.mybatis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.port.out.IdempotencyRecord;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;

/**
 * A row of {@code idempotency_keys}, written and read. Times are UTC wall-clock times to the
 * microsecond, so that they mean the same whatever time zone a JVM or a connection has.
 */
record IdempotencyRecordRow(
        String principal,
        String idemKey,
        String requestHash,
        String resourceType,
        long resourceId,
        LocalDateTime createdAt) {

    static IdempotencyRecordRow of(IdempotencyRecord record) {
        return new IdempotencyRecordRow(
                record.key().principal(),
                record.key().key(),
                record.requestFingerprint(),
                record.kind().name().toLowerCase(Locale.ROOT),
                record.resourceId(),
                utc(record.createdAt()));
    }

    IdempotencyRecord toRecord() {
        return new IdempotencyRecord(
                new IdempotencyKey(principal, idemKey),
                requestHash,
                Kind.valueOf(resourceType.toUpperCase(Locale.ROOT)),
                resourceId,
                createdAt.toInstant(ZoneOffset.UTC));
    }

    /** Whether this row records the same registration as {@code other}: it names the same resource. */
    boolean registers(IdempotencyRecordRow other) {
        return resourceType.equals(other.resourceType) && resourceId == other.resourceId;
    }

    /** The UTC wall-clock time of {@code instant}, to the microsecond ({@code DATETIME(6)}). */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
