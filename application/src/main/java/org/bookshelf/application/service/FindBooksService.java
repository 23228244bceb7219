package org.bookshelf.application.service;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;

final class FindBooksService implements FindBooksUseCase {

    private final UnitOfWork unitOfWork;
    private final CatalogueReads reads;

    FindBooksService(UnitOfWork unitOfWork, CatalogueReads reads) {
        this.unitOfWork = unitOfWork;
        this.reads = reads;
    }

    @Override
    public Page<BookView> findBooks(BookFilter filter, PageRequest page) {
        return BookPages.read(unitOfWork, reads, filter, page, () -> {});
    }
}
