package org.bookshelf.application.service;

import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.CountCatalogueUseCase;
import org.bookshelf.application.port.out.CountCataloguePort;
import org.bookshelf.application.port.out.UnitOfWork;

final class CountCatalogueService implements CountCatalogueUseCase {

    private final UnitOfWork unitOfWork;
    private final CountCataloguePort countCatalogue;

    CountCatalogueService(UnitOfWork unitOfWork, CountCataloguePort countCatalogue) {
        this.unitOfWork = unitOfWork;
        this.countCatalogue = countCatalogue;
    }

    @Override
    public CatalogueSize countCatalogue() {
        return unitOfWork.run(countCatalogue::countCatalogue);
    }
}
