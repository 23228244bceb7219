package org.bookshelf.adapter.persistence.mybatis;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells MariaDB's failures apart by the constraint named in the message, by the error code or SQLState,
 * or by the JDBC or Spring type the driver, the pool or the transaction manager chose for them.
 */
final class SqlFailures {

    static final String UNIQUE_ISBN = "uq_books_isbn";
    static final String CREDITED_AUTHOR = "fk_book_author_author";

    /** MariaDB's "Lock wait timeout exceeded" ({@code ER_LOCK_WAIT_TIMEOUT}). */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /** MariaDB's "Duplicate entry ... for key ..." ({@code ER_DUP_ENTRY}). */
    private static final int DUPLICATE_KEY = 1062;

    /**
     * Error codes of transient conflicts with concurrent transactions: 1213 deadlock (on a Galera cluster also a
     * transaction that lost certification to another node's), 1205 lock wait
     * timeout, 1020 "record has changed since last read" (raised under
     * {@code innodb_snapshot_isolation}, the default from MariaDB 11.6 on).
     */
    private static final Set<Integer> TRANSIENT_CONFLICT_CODES = Set.of(1213, LOCK_WAIT_TIMEOUT, 1020);

    /**
     * MariaDB's error codes of a statement or connection cut short by the server: 1969 a statement that ran
     * past {@code max_statement_time}, 1317 one interrupted (a JDBC query timeout), 1927 a connection killed
     * (by an administrator, or the server shutting down), 1053 the server shutting down.
     */
    private static final Set<Integer> CUT_SHORT_CODES = Set.of(1969, 1317, 1927, 1053);

    /** MariaDB's "Sort aborted" ({@code ER_FILSORT_ABORT}), raised by a sort that {@code LIMIT ROWS EXAMINED} stopped. */
    private static final int SORT_ABORTED = 1028;

    /** SQLState class 08: connection exception (refused, broken, closed, timed out). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private SqlFailures() {}

    /**
     * Whether {@code failure} means the database could not be used, not that the work was wrong: no
     * transaction could be begun ({@link CannotCreateTransactionException}: no connection within the pool's
     * timeout, the database refusing connections), or it could not be committed or rolled back
     * ({@link TransactionSystemException}), or a statement met a broken, closed or timed-out connection
     * (SQLState class 08 and the JDBC connection exception types, the pool's own timeout among them), or
     * the server cut it short (see {@link #CUT_SHORT_CODES}).
     */
    static boolean isStoreUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (CUT_SHORT_CODES.contains(sql.getErrorCode())
                            || sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SQL exception in {@code failure}'s causes names {@code constraint}. */
    static boolean names(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SQL exception in {@code failure}'s causes reports a lock wait timeout (error 1205). */
    static boolean isLockWaitTimeout(Throwable failure) {
        return hasErrorCode(failure, Set.of(LOCK_WAIT_TIMEOUT));
    }

    /** Whether a SQL exception in {@code failure}'s causes reports a transient conflict. */
    static boolean isTransientConflict(Throwable failure) {
        return hasErrorCode(failure, TRANSIENT_CONFLICT_CODES);
    }

    /** Whether a SQL exception in {@code failure}'s causes reports a duplicate key (error 1062). */
    static boolean isDuplicateKey(Throwable failure) {
        return hasErrorCode(failure, Set.of(DUPLICATE_KEY));
    }

    /**
     * Whether {@code failure} is a statement that {@code LIMIT ROWS EXAMINED} stopped in a sort: MariaDB then fails it
     * (error 1028), where it answers a statement stopped elsewhere with what it had, and a warning.
     */
    static boolean isStoppedByRowsExamined(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getErrorCode() == SORT_ABORTED
                    && String.valueOf(sql.getMessage()).contains("ROWS EXAMINED")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasErrorCode(Throwable failure, Set<Integer> codes) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && codes.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
