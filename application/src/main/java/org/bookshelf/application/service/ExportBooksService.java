package org.bookshelf.application.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

record ExportBooksService(UnitOfWork unitOfWork, CatalogueReads reads, FileFormats fileFormats)
        implements ExportBooksUseCase {

    /** Books read per statement: short statements, and memory for one page only. */
    static final int PAGE = 500;

    /** Every page in one unit of work, so that the export is one snapshot of the catalogue (see the use case). */
    @Override
    public long exportBooks(OutputStream out) throws IOException {
        try {
            return unitOfWork.run(() -> {
                long written = 0;
                BookId after = null;
                while (true) {
                    List<BookView> page = reads.booksAfter(after, PAGE);
                    for (BookView book : page) {
                        write(book, out);
                    }
                    written += page.size();
                    if (page.size() < PAGE) {
                        return written;
                    }
                    after = page.get(page.size() - 1).id();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(BookView book, OutputStream out) {
        try {
            fileFormats.writeBook(book, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
