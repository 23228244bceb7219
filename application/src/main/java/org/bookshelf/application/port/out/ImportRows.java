package org.bookshelf.application.port.out;

import java.util.Iterator;
import org.bookshelf.application.model.ImportRow;

/**
 * The rows of an import file, read as they are asked for, in file order. A failure to read on (an I/O
 * error, text that breaks the format past recovery) is an {@link java.io.UncheckedIOException}. Closing
 * closes the file.
 */
public interface ImportRows extends Iterator<ImportRow>, AutoCloseable {

    @Override
    void close();
}
