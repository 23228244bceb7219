package org.bookshelf.application.service;

import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.CountCatalogueUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;

final class CountCatalogueService implements CountCatalogueUseCase {

    private final UnitOfWork unitOfWork;
    private final CatalogueReads reads;

    CountCatalogueService(UnitOfWork unitOfWork, CatalogueReads reads) {
        this.unitOfWork = unitOfWork;
        this.reads = reads;
    }

    @Override
    public CatalogueSize countCatalogue() {
        return unitOfWork.run(reads::countCatalogue);
    }
}
