package org.bookshelf.adapter.persistence.mybatis;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.port.out.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each unit of work is one database transaction. When MariaDB reports a transient conflict with a
 * concurrent transaction (a deadlock, a lock wait timeout, on a Galera cluster a transaction that lost
 * certification to another node's), the transaction has been rolled back and
 * the whole work runs again, after a short randomized pause, up to {@value #MAX_ATTEMPTS} times in
 * all; then the conflict surfaces as a {@link ConcurrentChangeException}.
 *
 * <p>A lock wait timeout (MariaDB error 1205) is retried once at most: a deadlock is detected at once
 * and its victim's retry usually goes through, but a timeout means the attempt already waited the
 * whole {@code innodb_lock_wait_timeout} for a lock some other transaction keeps holding, and every
 * further attempt would likely wait as long again, holding a request thread and a pooled connection
 * all the while. The second timeout gives up, whatever budget the other conflicts left.
 *
 * <p>When the database cannot be used — no transaction can be begun, a statement meets a broken or
 * timed-out connection, the server cuts a statement short, a commit or rollback fails (see
 * {@link SqlFailures#isStoreUnavailable}) — that is a {@link StoreUnavailableException}, never retried
 * here. The transaction is rolled back (by the server, when it loses the connection), so nothing was
 * changed, with one exception: when the failure came while committing, after the work had run, the server
 * may have applied the commit before the connection broke; the exception then says the outcome is
 * unknown. Any other failure rolls back and propagates as it is.
 *
 * <p>{@linkplain #read Reads} run without a transaction of their own: every query port call is one
 * statement, which MariaDB answers from one consistent snapshot, so on a connection in autocommit mode
 * the read costs its statements alone. Inside a unit of work, they join it.
 *
 * <p>A unit of work started inside another joins it (and is retried only as part of it): one is
 * in progress when a transaction holds a connection of this unit of work's {@link DataSource} (the
 * transaction manager binds it to the thread). A transaction on any other data source, or of any other
 * resource, is not joined; this unit of work runs its own transaction beside it.
 */
final class TransactionalUnitOfWork implements UnitOfWork {

    /**
     * Attempts in all: enough for one hot row written through three Galera nodes at once, where conflicts are
     * found at certification rather than waited out on a lock (48 concurrent credits of one book spread over three
     * nodes needed up to 7), with pauses that stay under 2.6 s in all.
     */
    static final int MAX_ATTEMPTS = 8;

    /** How many lock wait timeouts one unit of work retries; the next one gives up. */
    static final int MAX_LOCK_WAIT_RETRIES = 1;

    private static final Logger LOG = LoggerFactory.getLogger(TransactionalUnitOfWork.class);
    private static final long BASE_BACKOFF_MILLIS = 10;

    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final LongAdder retries = new LongAdder();

    /**
     * @param transactions runs each transaction, with a transaction manager on {@code dataSource}
     * @param dataSource   the data source whose transactions are joined (as the manager resolved it)
     */
    TransactionalUnitOfWork(TransactionTemplate transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /**
     * How many times, since this unit of work was made, a transaction met a transient conflict and was
     * run again: what concurrent writers cost each other. Tests read it to show that writers which
     * should not collide do not.
     */
    long retriedConflicts() {
        return retries.sum();
    }

    @Override
    public <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            return work.get();
        }
        int lockWaitTimeouts = 0;
        for (int attempt = 1; ; attempt++) {
            AtomicBoolean committing = new AtomicBoolean();
            try {
                return transactions.execute(status -> {
                    T result = work.get();
                    committing.set(true);
                    return result;
                });
            } catch (RuntimeException failure) {
                if (!isTransientConflict(failure)) {
                    throw SqlFailures.isStoreUnavailable(failure)
                            ? storeUnavailable(failure, committing.get())
                            : failure;
                }
                if (SqlFailures.isLockWaitTimeout(failure) && ++lockWaitTimeouts > MAX_LOCK_WAIT_RETRIES) {
                    throw new ConcurrentChangeException(
                            "gave up after " + attempt + " attempts that each conflicted" + " with concurrent changes, "
                                    + lockWaitTimeouts + " of them by waiting too long for a lock",
                            failure);
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrentChangeException(
                            "gave up after " + MAX_ATTEMPTS + " attempts that each conflicted with concurrent changes",
                            failure);
                }
                LOG.debug(
                        "unit of work conflicted with a concurrent one (attempt {} of {}), retrying: {}",
                        attempt,
                        MAX_ATTEMPTS,
                        deepestMessage(failure));
                retries.increment();
                pauseBeforeAttempt(attempt + 1, failure);
            }
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            return work.get();
        }
        try {
            return work.get();
        } catch (RuntimeException failure) {
            throw SqlFailures.isStoreUnavailable(failure) ? storeUnavailable(failure, false) : failure;
        }
    }

    private static StoreUnavailableException storeUnavailable(RuntimeException failure, boolean whileCommitting) {
        String message = (whileCommitting
                        ? "the database stopped answering while committing: "
                        : "the database could not be used: ")
                + deepestMessage(failure);
        return whileCommitting
                ? StoreUnavailableException.outcomeUnknown(message, failure)
                : new StoreUnavailableException(message, failure);
    }

    private static boolean isTransientConflict(RuntimeException failure) {
        return failure instanceof PessimisticLockingFailureException || SqlFailures.isTransientConflict(failure);
    }

    private static String deepestMessage(Throwable failure) {
        String message = String.valueOf(failure);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    /** Up to 20, 40, 80, 160 ms before attempts 2 to 5: spreads the retries of the transactions that collided. */
    private static void pauseBeforeAttempt(int attempt, RuntimeException failure) {
        long bound = BASE_BACKOFF_MILLIS << (attempt - 1);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
