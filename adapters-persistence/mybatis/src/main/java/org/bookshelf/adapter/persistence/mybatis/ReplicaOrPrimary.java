package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.ReadReplicas;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where reads made outside any unit of work run when there are {@link ReadReplicas}: {@link #read} chooses a
 * replica, or the primary, for the read on the calling thread, and runs a read that the replica failed again
 * on the primary, so that a replica that breaks costs the read one more statement rather than an error.
 * {@link #connections()} hands out the chosen server's connections (the primary's in autocommit mode).
 */
final class ReplicaOrPrimary {

    private final DataSource primary;
    private final ReadReplicas replicas;
    private final RequestPosition position;
    private final ThreadLocal<DataSource> replicaOfThisRead = new ThreadLocal<>();
    private final DataSource connections = new AbstractDataSource() {

        @Override
        public Connection getConnection() throws SQLException {
            DataSource replica = replicaOfThisRead.get();
            return (replica != null ? replica : primary).getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLException("the read connections are the pools' own; no other user may take them");
        }
    };

    /**
     * @param primary  connections to the primary in autocommit mode
     * @param replicas where reads may run instead, or {@code null} when there are none
     */
    ReplicaOrPrimary(DataSource primary, ReadReplicas replicas) {
        this.primary = primary;
        this.replicas = replicas;
        this.position = new RequestPosition(replicas == null ? null : replicas.committedPositionQuery());
    }

    boolean hasReplicas() {
        return replicas != null;
    }

    /** The position the request on each thread must see: where the replica of its reads must have come to. */
    RequestPosition position() {
        return position;
    }

    /**
     * Runs {@code read} on the replica {@link ReadReplicas#replicaForRead} names for the request's
     * {@linkplain RequestPosition#readAfter() position}, or on the primary. A read
     * made inside another runs where that one does.
     */
    <T> T read(Supplier<T> read) {
        if (replicaOfThisRead.get() != null) {
            return read.get();
        }
        Optional<DataSource> replica = hasReplicas() ? replicas.replicaForRead(position.readAfter()) : Optional.empty();
        if (replica.isEmpty()) {
            return read.get();
        }
        replicaOfThisRead.set(replica.get());
        try {
            return read.get();
        } catch (RuntimeException failure) {
            if (!isReplicasFault(failure)) {
                throw failure;
            }
            replicas.readFailed(replica.get(), failure);
        } finally {
            replicaOfThisRead.remove();
        }
        return read.get();
    }

    /**
     * Whether the replica, not the read, failed: any failure to reach the database or to run a statement on
     * it. The use case's own refusals (an unknown book, say) are answers, not failures, whichever server
     * gave them.
     */
    private static boolean isReplicasFault(RuntimeException failure) {
        return failure instanceof DataAccessException || SqlFailures.isStoreUnavailable(failure);
    }

    /** The connections of the server chosen for the read running on the calling thread; the primary's outside one. */
    DataSource connections() {
        return connections;
    }
}
