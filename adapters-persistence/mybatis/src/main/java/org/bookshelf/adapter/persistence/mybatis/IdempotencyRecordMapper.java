package org.bookshelf.adapter.persistence.mybatis;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code idempotency_keys}; SQL in {@code IdempotencyRecordMapper.xml}. */
@Mapper
interface IdempotencyRecordMapper {

    /**
     * Inserts the row unless its key has one; either way the key's row is then locked exclusively until
     * the transaction ends (a concurrent insert of the key waits for that).
     */
    void insertOrLock(IdempotencyRecordRow row);

    /** The key's row, read with {@code FOR UPDATE} (so the latest one), or {@code null}. */
    IdempotencyRecordRow lock(@Param("principal") String principal, @Param("idemKey") String idemKey);

    /** Overwrites the key's row with {@code row}. */
    void replace(IdempotencyRecordRow row);

    /** Whether any row was created before {@code liveSince}; a plain read, which locks nothing. */
    boolean anyOlderThan(LocalDateTime liveSince);

    /** Deletes the oldest rows created before {@code liveSince}, at most {@code limit}; answers how many. */
    int deleteOlderThan(@Param("liveSince") LocalDateTime liveSince, @Param("limit") int limit);
}
