package org.bookshelf.adapter.persistence.memory;

import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/** The in-memory adapter: every driven port, kept in this process only, thread-safe. */
public final class InMemoryPersistence {

    private InMemoryPersistence() {}

    /** A new, empty store with its units of work. Each call answers an independent catalogue. */
    public static DrivenPorts newDrivenPorts() {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        InMemoryCatalogue catalogue = new InMemoryCatalogue(unitOfWork);
        return new DrivenPorts(
                unitOfWork,
                new InMemoryBookRepository(catalogue),
                new InMemoryAuthorRepository(catalogue),
                new InMemoryCatalogueReads(catalogue),
                new InMemoryIdempotencyRecords(unitOfWork),
                new InMemoryBulkCatalogue(catalogue),
                new InMemoryImportJobs(unitOfWork),
                new InMemoryCatalogueSnapshots(catalogue));
    }
}
