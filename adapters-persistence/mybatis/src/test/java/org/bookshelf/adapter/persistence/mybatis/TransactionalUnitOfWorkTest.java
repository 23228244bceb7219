package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Retries on transient conflicts, and only on them, over a transaction manager that just counts. */
class TransactionalUnitOfWorkTest {

    private final DataSource dataSource = new SimpleDriverDataSource();
    private final CountingTransactions transactions = new CountingTransactions(dataSource);
    private final TransactionalUnitOfWork unitOfWork =
            new TransactionalUnitOfWork(new TransactionTemplate(transactions), dataSource);

    @Test
    void a_deadlock_rolls_back_and_runs_the_whole_work_again() {
        AtomicInteger attempts = new AtomicInteger();

        String result = unitOfWork.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new PessimisticLockingFailureException("Deadlock found when trying to get lock");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(transactions.rollbacks).hasValue(2);
        assertThat(transactions.commits).hasValue(1);
        assertThat(unitOfWork.retriedConflicts()).isEqualTo(2);
    }

    @Test
    void a_conflict_that_outlasts_the_retries_surfaces_as_a_typed_concurrent_change() {
        AtomicInteger attempts = new AtomicInteger();
        CannotAcquireLockException deadlock = new CannotAcquireLockException("deadlock", sqlError(1213));

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    attempts.incrementAndGet();
                    throw deadlock;
                }))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasCause(deadlock);

        assertThat(attempts).hasValue(TransactionalUnitOfWork.MAX_ATTEMPTS);
        assertThat(transactions.rollbacks).hasValue(TransactionalUnitOfWork.MAX_ATTEMPTS);
        assertThat(transactions.commits).hasValue(0);
    }

    @Test
    void a_lock_wait_timeout_is_retried_once_and_the_second_one_gives_up() {
        AtomicInteger attempts = new AtomicInteger();
        CannotAcquireLockException lockWait =
                new CannotAcquireLockException("Lock wait timeout exceeded", sqlError(1205));

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    attempts.incrementAndGet();
                    throw lockWait;
                }))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasCause(lockWait)
                .hasMessageContaining("2 attempts")
                .hasMessageContaining("waiting too long for a lock");

        assertThat(attempts).hasValue(2);
        assertThat(transactions.rollbacks).hasValue(2);
        assertThat(unitOfWork.retriedConflicts()).isEqualTo(1);
    }

    @Test
    void deadlocks_keep_their_retries_around_a_single_lock_wait_timeout() {
        AtomicInteger attempts = new AtomicInteger();
        // every attempt but the last fails: a deadlock, a lock wait timeout, then deadlocks
        List<RuntimeException> failures = IntStream.range(0, TransactionalUnitOfWork.MAX_ATTEMPTS - 1)
                .mapToObj(i -> i == 1
                        ? new CannotAcquireLockException("Lock wait timeout exceeded", sqlError(1205))
                        : new CannotAcquireLockException("deadlock", sqlError(1213)))
                .map(RuntimeException.class::cast)
                .toList();

        String result = unitOfWork.run(() -> {
            int attempt = attempts.incrementAndGet();
            if (attempt <= failures.size()) {
                throw failures.get(attempt - 1);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(TransactionalUnitOfWork.MAX_ATTEMPTS);
    }

    @Test
    void an_untranslated_record_changed_error_counts_as_a_transient_conflict() {
        AtomicInteger attempts = new AtomicInteger();

        unitOfWork.run(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new UncategorizedSQLException(
                        "update",
                        "UPDATE books ...",
                        new SQLException("Record has changed since last read in table 'books'", "HY000", 1020));
            }
            return null;
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void any_other_failure_rolls_back_once_and_propagates_as_it_is() {
        AtomicInteger attempts = new AtomicInteger();
        DataIntegrityViolationException failure = new DataIntegrityViolationException("Duplicate entry");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    attempts.incrementAndGet();
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(attempts).hasValue(1);
        assertThat(transactions.rollbacks).hasValue(1);
    }

    @Test
    void a_unit_of_work_inside_another_joins_it_and_leaves_retrying_to_the_outer_one() {
        AtomicInteger inner = new AtomicInteger();
        AtomicInteger outer = new AtomicInteger();

        unitOfWork.run(() -> {
            outer.incrementAndGet();
            return unitOfWork.run(() -> {
                if (inner.incrementAndGet() == 1) {
                    throw new PessimisticLockingFailureException("deadlock");
                }
                return null;
            });
        });

        assertThat(outer).hasValue(2);
        assertThat(inner).hasValue(2);
        assertThat(transactions.begins).hasValue(2);
    }

    @Test
    void a_connection_lost_while_the_work_runs_is_a_store_unavailable_after_rolling_back() {
        DataAccessResourceFailureException lost = new DataAccessResourceFailureException(
                "write", new SQLNonTransientConnectionException("socket closed", "08000"));

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    throw lost;
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasCause(lost);

        assertThat(transactions.rollbacks).hasValue(1);
        assertThat(transactions.commits).hasValue(0);
    }

    @Test
    void a_read_runs_without_a_transaction_and_a_connection_not_to_be_had_is_a_store_unavailable() {
        assertThat(unitOfWork.read(() -> TransactionSynchronizationManager.hasResource(dataSource)))
                .isFalse();
        assertThat(transactions.begins).hasValue(0);

        CannotGetJdbcConnectionException noConnection = new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("request timed out after 3000ms"));
        assertThatThrownBy(() -> unitOfWork.read(() -> {
                    throw new MyBatisSystemException("querying", noConnection);
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);

        DataIntegrityViolationException other = new DataIntegrityViolationException("anything else");
        assertThatThrownBy(() -> unitOfWork.read(() -> {
                    throw other;
                }))
                .isSameAs(other);
    }

    @Test
    void a_read_inside_a_unit_of_work_joins_it() {
        boolean joined =
                unitOfWork.run(() -> unitOfWork.read(() -> TransactionSynchronizationManager.hasResource(dataSource)));

        assertThat(joined).isTrue();
        assertThat(transactions.begins).hasValue(1);
    }

    private static SQLException sqlError(int code) {
        return new SQLException("MariaDB error " + code, "HY000", code);
    }

    @Test
    void a_transaction_on_another_data_source_is_not_joined_and_the_unit_of_work_retries_on_its_own() {
        CountingTransactions elsewhere = new CountingTransactions(new SimpleDriverDataSource());
        AtomicInteger attempts = new AtomicInteger();

        String result = new TransactionTemplate(elsewhere)
                .execute(status -> unitOfWork.run(() -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new PessimisticLockingFailureException("deadlock");
                    }
                    return "done";
                }));

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        assertThat(transactions.begins)
                .as("transactions of the unit of work's own")
                .hasValue(2);
        assertThat(transactions.rollbacks).hasValue(1);
        assertThat(transactions.commits).hasValue(1);
        assertThat(elsewhere.begins).hasValue(1);
        assertThat(elsewhere.rollbacks).hasValue(0);
    }

    /**
     * Begins, commits and rolls back nothing but its counters; while a transaction is open it binds a
     * resource to its data source, as a real transaction manager binds the connection.
     */
    private static final class CountingTransactions extends AbstractPlatformTransactionManager {

        final AtomicInteger begins = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();
        private final DataSource dataSource;

        CountingTransactions(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begins.incrementAndGet();
            TransactionSynchronizationManager.bindResource(dataSource, transaction);
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            TransactionSynchronizationManager.unbindResource(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
        }
    }
}
