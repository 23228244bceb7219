package org.bookshelf.application.service;

import java.util.List;
import java.util.function.Consumer;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

final class ExportBooksService implements ExportBooksUseCase {

    /** Books read per unit of work: short statements, and memory for one page only. */
    static final int PAGE = 500;

    private final UnitOfWork unitOfWork;
    private final CatalogueReads reads;

    ExportBooksService(UnitOfWork unitOfWork, CatalogueReads reads) {
        this.unitOfWork = unitOfWork;
        this.reads = reads;
    }

    @Override
    public long exportBooks(Consumer<BookView> sink) {
        long given = 0;
        BookId after = null;
        while (true) {
            BookId from = after;
            List<BookView> page = unitOfWork.run(() -> reads.booksAfter(from, PAGE));
            page.forEach(sink);
            given += page.size();
            if (page.size() < PAGE) {
                return given;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
