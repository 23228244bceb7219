package org.bookshelf.application.service;

import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.CountCatalogueUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;

record CountCatalogueService(UnitOfWork unitOfWork, CatalogueReads reads) implements CountCatalogueUseCase {

    @Override
    public CatalogueSize countCatalogue() {
        return unitOfWork.run(reads::countCatalogue);
    }
}
