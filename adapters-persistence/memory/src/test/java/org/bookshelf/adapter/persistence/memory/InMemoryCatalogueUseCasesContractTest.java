package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.adapter.persistence.contract.CatalogueUseCasesContract;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The use cases' guarantees on the in-memory adapter. */
class InMemoryCatalogueUseCasesContractTest extends CatalogueUseCasesContract {

    @Override
    protected DrivenPorts emptyStore() {
        return InMemoryPersistence.newDrivenPorts();
    }
}
