package org.bookshelf.application.service;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.application.port.out.UnitOfWork;

/** Reads one keyset page of books, shared by every book listing. */
final class BookPages {

    private BookPages() {}

    /**
     * @param whenEmpty checked after the page was read, only when it holds no book; throws to refuse
     */
    static Page<BookView> read(
            UnitOfWork unitOfWork, CatalogueReads reads, BookFilter filter, PageRequest page, Runnable whenEmpty) {
        String listing = filter.fingerprint();
        Keyset after = PageCursors.keysetOf(page, listing);
        Slice<BookView> fetched = unitOfWork.read(() -> {
            Slice<BookView> books = reads.findBooks(filter, after, page.limit() + 1);
            if (books.items().isEmpty()) {
                whenEmpty.run();
            }
            return books;
        });
        return PageCursors.page(
                fetched,
                page,
                listing,
                book -> new Keyset(
                        filter.rankOf(book.title()),
                        book.title().sortKey(),
                        book.id().value()));
    }
}
