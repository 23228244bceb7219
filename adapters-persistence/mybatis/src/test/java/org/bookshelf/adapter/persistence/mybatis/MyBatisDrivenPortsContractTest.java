package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.DrivenPortsContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The driven ports' contract, kept by the MyBatis adapter on the embedded MariaDB. */
class MyBatisDrivenPortsContractTest extends DrivenPortsContract {

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }
}
