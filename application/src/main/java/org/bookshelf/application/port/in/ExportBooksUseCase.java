package org.bookshelf.application.port.in;

import java.io.IOException;
import java.io.OutputStream;

/** Writes out every book of the catalogue, a page at a time, in constant memory. */
public interface ExportBooksUseCase {

    /**
     * Writes every book, with its authors in credit order, to {@code out} as JSON Lines (one book a line, in id
     * order), which import as they are, as the catalogue was at one instant: the pages are read in one unit of
     * work (on MariaDB a REPEATABLE READ transaction, one snapshot), so a change committed meanwhile is in none of
     * them. A backup, not an export, keeps ids and authors credited nowhere.
     *
     * @return how many books were written
     * @throws IOException when {@code out} fails; what was written stays written
     */
    long exportBooks(OutputStream out) throws IOException;
}
