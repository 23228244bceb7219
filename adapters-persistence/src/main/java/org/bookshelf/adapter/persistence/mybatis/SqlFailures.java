package org.bookshelf.adapter.persistence.mybatis;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Tells MariaDB's failures apart by the constraint named in the message, the error code or the SQLSTATE. */
final class SqlFailures {

    static final String UNIQUE_ISBN = "uq_books_isbn";
    static final String CREDITED_AUTHOR = "fk_book_author_author";

    /** MariaDB's "Lock wait timeout exceeded" ({@code ER_LOCK_WAIT_TIMEOUT}). */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /**
     * Error codes of transient conflicts with concurrent transactions: 1213 deadlock, 1205 lock wait
     * timeout, 1020 "record has changed since last read" (raised under
     * {@code innodb_snapshot_isolation}, the default from MariaDB 11.6 on).
     */
    private static final Set<Integer> TRANSIENT_CONFLICT_CODES = Set.of(1213, LOCK_WAIT_TIMEOUT, 1020);

    private SqlFailures() {
    }

    /** Whether a SQL exception in {@code failure}'s causes names {@code constraint}. */
    static boolean names(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SQL exception in {@code failure}'s causes reports a lock wait timeout (error 1205). */
    static boolean isLockWaitTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} comes from a connection that could not be had or was lost: no connection from
     * the pool ({@link CannotGetJdbcConnectionException}), or a SQL exception of SQLSTATE class 08
     * (connection exception), as the driver reports a server gone away.
     */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SQL exception in {@code failure}'s causes reports a transient conflict. */
    static boolean isTransientConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && TRANSIENT_CONFLICT_CODES.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
