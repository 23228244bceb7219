package org.bookshelf.application.service;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;

record FindBooksService(UnitOfWork unitOfWork, CatalogueReads reads, SearchSlots searchSlots)
        implements FindBooksUseCase {

    /** A search takes one of the {@link SearchSlots}; one whose first page is empty suggests words instead. */
    @Override
    public Page<BookView> findBooks(BookFilter filter, PageRequest page) {
        return searchSlots.page(
                filter.search(),
                page,
                WordScope.BOOKS,
                unitOfWork,
                reads,
                () -> BookPages.read(unitOfWork, reads, filter, page, () -> {}));
    }
}
