package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.adapter.persistence.contract.ImportPortsContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The import and export ports' contract, kept by the in-memory adapter. */
class InMemoryImportPortsContractTest extends ImportPortsContract {

    @Override
    protected DrivenPorts emptyStore() {
        return InMemoryPersistence.newDrivenPorts();
    }
}
