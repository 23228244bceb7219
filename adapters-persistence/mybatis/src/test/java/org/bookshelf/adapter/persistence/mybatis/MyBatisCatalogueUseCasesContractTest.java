package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import java.util.Optional;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.CatalogueUseCasesContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.BookId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The use cases' guarantees on the MyBatis adapter and the embedded MariaDB, positions checked in the
 * table. Prints how many deadlocks the server detected during each test ({@code Innodb_deadlocks}).
 */
class MyBatisCatalogueUseCasesContractTest extends CatalogueUseCasesContract {

    private long deadlocksBefore;

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }

    @Override
    protected long retriedConflicts() {
        return ((TransactionalUnitOfWork) ports.unitOfWork()).retriedConflicts();
    }

    @Override
    protected Optional<List<Integer>> storedPositions(BookId bookId) {
        return Optional.of(jdbc().queryForList(
                        "SELECT position FROM book_author WHERE book_id = ? ORDER BY position",
                        Integer.class,
                        bookId.value()));
    }

    @BeforeEach
    void countDeadlocksFromHere() {
        deadlocksBefore = serverDeadlocks();
    }

    @AfterEach
    void printDeadlocks(TestInfo test) {
        System.out.printf(
                "%s: %d deadlocks detected by the server%n",
                test.getDisplayName(), serverDeadlocks() - deadlocksBefore);
    }

    private static long serverDeadlocks() {
        return jdbc().queryForObject(
                        "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                                + " WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'",
                        Long.class);
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(EmbeddedTestDatabase.dataSource());
    }
}
