package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The in-memory adapter: every driven port, kept in this process only, thread-safe. */
public final class InMemoryPersistence {

    private InMemoryPersistence() {
    }

    /** A new, empty store with its units of work. Each call answers an independent catalogue. */
    public static DrivenPorts newDrivenPorts() {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        InMemoryStore store = new InMemoryStore(unitOfWork);
        return new DrivenPorts(unitOfWork, store, store, store, store, store, store,
                new InMemoryIdempotencyRecords(unitOfWork), store, store, store, new InMemoryImportJobs(unitOfWork),
                store, new InMemoryCatalogueSnapshots(unitOfWork, store));
    }
}
