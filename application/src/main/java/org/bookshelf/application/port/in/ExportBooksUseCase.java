package org.bookshelf.application.port.in;

import java.util.function.Consumer;
import org.bookshelf.application.model.BookView;

/** Hands out every book of the catalogue, a page at a time, in constant memory. */
public interface ExportBooksUseCase {

    /**
     * Gives every book, with its authors in credit order, to {@code sink}, in id order. Each page is read in
     * a unit of work of its own, so a long export holds no transaction open: a book that exists throughout
     * the export is given once, a book registered or deleted meanwhile may or may not be.
     *
     * @return how many books were given
     */
    long exportBooks(Consumer<BookView> sink);
}
