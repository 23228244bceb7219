package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.CatalogueSnapshotsContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The backup and restore contract, kept by the MyBatis adapter on the embedded MariaDB. */
class MyBatisCatalogueSnapshotsContractTest extends CatalogueSnapshotsContract {

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }
}
