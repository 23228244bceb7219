package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.SearchContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The search contract, kept by the MyBatis adapter on the embedded MariaDB. */
class MyBatisSearchContractTest extends SearchContract {

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }
}
