package org.bookshelf.application.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

final class ExportBooksService implements ExportBooksUseCase {

    /** Books read per unit of work: short statements, and memory for one page only. */
    static final int PAGE = 500;

    private final UnitOfWork unitOfWork;
    private final CatalogueReads reads;
    private final FileFormats fileFormats;

    ExportBooksService(UnitOfWork unitOfWork, CatalogueReads reads, FileFormats fileFormats) {
        this.unitOfWork = unitOfWork;
        this.reads = reads;
        this.fileFormats = fileFormats;
    }

    @Override
    public long exportBooks(OutputStream out) throws IOException {
        long written = 0;
        BookId after = null;
        while (true) {
            BookId from = after;
            List<BookView> page = unitOfWork.run(() -> reads.booksAfter(from, PAGE));
            for (BookView book : page) {
                fileFormats.writeBook(book, out);
            }
            written += page.size();
            if (page.size() < PAGE) {
                return written;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
