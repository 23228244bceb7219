package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.adapter.persistence.contract.SearchContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The search contract, kept by the in-memory adapter. */
class InMemorySearchContractTest extends SearchContract {

    @Override
    protected DrivenPorts emptyStore() {
        return InMemoryPersistence.newDrivenPorts();
    }
}
