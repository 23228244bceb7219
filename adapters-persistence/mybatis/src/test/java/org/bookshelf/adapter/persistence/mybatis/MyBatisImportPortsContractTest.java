package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.ImportPortsContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The import and export ports' contract, kept by the MyBatis adapter on the embedded MariaDB. */
class MyBatisImportPortsContractTest extends ImportPortsContract {

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }
}
