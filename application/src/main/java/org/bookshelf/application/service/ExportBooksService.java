package org.bookshelf.application.service;

import java.util.List;
import java.util.function.Consumer;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.bookshelf.application.port.out.ScanBooksPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

final class ExportBooksService implements ExportBooksUseCase {

    /** Books read per statement: short statements, and memory for one page only. */
    static final int PAGE = 500;

    private final UnitOfWork unitOfWork;
    private final ScanBooksPort scanBooks;

    ExportBooksService(UnitOfWork unitOfWork, ScanBooksPort scanBooks) {
        this.unitOfWork = unitOfWork;
        this.scanBooks = scanBooks;
    }

    /** Every page in one unit of work, so that the export is one snapshot of the catalogue (see the use case). */
    @Override
    public long exportBooks(Consumer<BookView> sink) {
        return unitOfWork.run(() -> {
            long given = 0;
            BookId after = null;
            while (true) {
                List<BookView> page = scanBooks.booksAfter(after, PAGE);
                page.forEach(sink);
                given += page.size();
                if (page.size() < PAGE) {
                    return given;
                }
                after = page.get(page.size() - 1).id();
            }
        });
    }
}
