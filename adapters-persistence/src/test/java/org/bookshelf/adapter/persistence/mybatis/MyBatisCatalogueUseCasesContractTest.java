package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import java.util.Optional;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.CatalogueUseCasesContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.BookId;
import org.springframework.jdbc.core.JdbcTemplate;

/** The use cases' guarantees on the MyBatis adapter and the embedded MariaDB, positions checked in the table. */
class MyBatisCatalogueUseCasesContractTest extends CatalogueUseCasesContract {

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }

    @Override
    protected Optional<List<Integer>> storedPositions(BookId bookId) {
        return Optional.of(new JdbcTemplate(EmbeddedTestDatabase.dataSource()).queryForList(
                "SELECT position FROM book_author WHERE book_id = ? ORDER BY position", Integer.class, bookId.value()));
    }
}
