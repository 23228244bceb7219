package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.adapter.persistence.contract.DrivenPortsContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The driven ports' contract, kept by the in-memory adapter. */
class InMemoryDrivenPortsContractTest extends DrivenPortsContract {

    @Override
    protected DrivenPorts emptyStore() {
        return InMemoryPersistence.newDrivenPorts();
    }
}
