package org.bookshelf.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.ImportFormat;

/**
 * The syntax of the catalogue's files: the rows of an import file in each {@link ImportFormat}, and books
 * written as the JSON Lines an export gives (which import as they are). The catalogue's rules are not theirs.
 */
public interface FileFormats {

    /** The format a file's name (its extension) tells, else its first line; empty when neither does. */
    Optional<ImportFormat> detect(String fileName, String firstLine);

    /**
     * The rows of {@code in}, read in {@code format} as they are asked for; a UTF-8 byte order mark at the start
     * is skipped. Closing the rows closes {@code in}.
     *
     * @throws UnreadableFileException when {@code in} does not start as the format does (a Goodreads export
     *                                 without Goodreads' header line); {@code in} is closed then
     */
    ImportRows open(InputStream in, ImportFormat format);

    /** Writes the book as one line of JSON Lines, its line break included. */
    void writeBook(BookView book, OutputStream out) throws IOException;
}
