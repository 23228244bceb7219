package org.bookshelf.application.port.in;

import java.util.function.Consumer;
import org.bookshelf.application.model.BookView;

/** Hands out every book of the catalogue, a page at a time, in constant memory. */
public interface ExportBooksUseCase {

    /**
     * Gives every book, with its authors in credit order, to {@code sink}, in id order, as the catalogue was at
     * one instant: the pages are read in one unit of work (on MariaDB a REPEATABLE READ transaction, one
     * snapshot), so a change committed meanwhile is in none of them. A backup, not an export, keeps ids and
     * authors credited nowhere.
     *
     * @return how many books were given
     */
    long exportBooks(Consumer<BookView> sink);
}
