package org.bookshelf.application.service;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;

record FindBooksService(UnitOfWork unitOfWork, CatalogueReads reads) implements FindBooksUseCase {

    @Override
    public Page<BookView> findBooks(BookFilter filter, PageRequest page) {
        return BookPages.read(unitOfWork, reads, filter, page, () -> {});
    }
}
