package org.bookshelf.application.service;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.search.Suggestions;

record FindBooksService(UnitOfWork unitOfWork, CatalogueReads reads, SearchSlots searchSlots)
        implements FindBooksUseCase {

    /** A search takes one of the {@link SearchSlots}; one whose first page is empty suggests words instead. */
    @Override
    public Page<BookView> findBooks(BookFilter filter, PageRequest page) {
        return filter.search() == null ? find(filter, page) : searchSlots.run(() -> find(filter, page));
    }

    private Page<BookView> find(BookFilter filter, PageRequest page) {
        Page<BookView> found = BookPages.read(unitOfWork, reads, filter, page, () -> {});
        if (!found.items().isEmpty() || filter.search() == null || page.cursor() != null) {
            return found;
        }
        return found.suggesting(unitOfWork.read(() -> Suggestions.of(filter.search(), WordScope.BOOKS, reads)));
    }
}
