package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.adapter.persistence.contract.CatalogueSnapshotsContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The backup and restore contract, kept by the in-memory adapter. */
class InMemoryCatalogueSnapshotsContractTest extends CatalogueSnapshotsContract {

    @Override
    protected DrivenPorts emptyStore() {
        return InMemoryPersistence.newDrivenPorts();
    }
}
