package org.bookshelf.adapter.persistence.mariadb;

import java.util.Optional;
import javax.sql.DataSource;

/**
 * Replicas of the primary database that the MyBatis adapter's reads made outside any unit of work may run on
 * ({@code UnitOfWork.read}, the query ports). Everything inside a unit of work, its reads included, runs on the
 * primary; without replicas, so does every read. See {@code docs/persistence.md}, <em>Replicas</em>.
 */
public interface ReadReplicas {

    /**
     * The replica the read about to run should use, or empty for the primary: a healthy replica that has applied
     * {@code readAfter}, a different one each time when several qualify. May ask a replica, once, to wait briefly
     * for that position.
     *
     * @param readAfter a GTID position the read must see, or {@code null} for any state
     */
    Optional<DataSource> replicaForRead(String readAfter);

    /**
     * The read just run on {@code replica} failed with {@code failure}, which was the replica's fault (it broke,
     * refused, timed out) rather than the read's; the read runs again on the primary.
     */
    void readFailed(DataSource replica, RuntimeException failure);

    /**
     * The statement that reads, on the connection of a transaction that has just committed, the position the
     * commit left the database at: one GTID position per domain, as {@link #replicaForRead} takes them.
     */
    default String committedPositionQuery() {
        return "SELECT @@gtid_binlog_pos";
    }
}
