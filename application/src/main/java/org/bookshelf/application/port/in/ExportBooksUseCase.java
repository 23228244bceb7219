package org.bookshelf.application.port.in;

import java.io.IOException;
import java.io.OutputStream;

/** Writes out every book of the catalogue, a page at a time, in constant memory. */
public interface ExportBooksUseCase {

    /**
     * Writes every book, with its authors in credit order, to {@code out} as JSON Lines (one book a line, in id
     * order), which import as they are. Each page is read in a unit of work of its own, so a long export holds
     * no transaction open: a book that exists throughout the export is written once, a book registered or
     * deleted meanwhile may or may not be.
     *
     * @return how many books were written
     * @throws IOException when {@code out} fails; what was written stays written
     */
    long exportBooks(OutputStream out) throws IOException;
}
