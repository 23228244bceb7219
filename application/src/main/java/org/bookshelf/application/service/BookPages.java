package org.bookshelf.application.service;

import java.util.List;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.UnitOfWork;

/** Reads one keyset page of books, shared by every book listing. */
final class BookPages {

    private BookPages() {
    }

    /**
     * @param precondition checked in the same unit of work before the page is read; throws to refuse
     */
    static Page<BookView> read(UnitOfWork unitOfWork, QueryBooksPort queryBooks, BookFilter filter,
            PageRequest page, Runnable precondition) {
        String listing = filter.fingerprint();
        Keyset after = PageCursors.keysetOf(page, listing);
        List<BookView> fetched = unitOfWork.run(() -> {
            precondition.run();
            return queryBooks.findBooks(filter, after, page.limit() + 1);
        });
        return PageCursors.page(fetched, page, listing,
                book -> new Keyset(book.title().sortKey(), book.id().value()));
    }
}
