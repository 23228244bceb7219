package org.bookshelf.adapter.persistence.mariadb;

import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Replicas of the primary database that the MyBatis adapter's reads made outside any unit of work may run on
 * ({@code UnitOfWork.read}, the query ports): an optional bean. Everything inside a unit of work, its reads
 * included, runs on the primary; without this bean, so does every read. See {@code docs/persistence.md},
 * <em>Replicas</em>.
 */
public interface ReadReplicas {

    /**
     * The replica the read about to run on this thread should use, or empty for the primary: a healthy replica
     * that has applied every change this thread must see, a different one each time when several qualify. May
     * ask a replica, once, to wait briefly for such a change.
     */
    Optional<DataSource> replicaForRead();

    /**
     * The read just run on {@code replica} failed with {@code failure}, which was the replica's fault (it broke,
     * refused, timed out) rather than the read's; the read runs again on the primary.
     */
    void readFailed(DataSource replica, RuntimeException failure);

    /**
     * A unit of work has just committed on {@code connection}, a connection to the primary that is still its
     * own: where the primary stands now is what this thread's later reads, and whoever it reports to, must see.
     * Must not throw: the commit has happened.
     */
    void committed(Connection connection);
}
