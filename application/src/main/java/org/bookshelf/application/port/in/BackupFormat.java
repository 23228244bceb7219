package org.bookshelf.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The backup file format: JSON Lines (a header, the authors, the books, an end line with counts and a
 * checksum), as the README documents it. Implemented by the file format adapter and handed to the drivers
 * (the command line, HTTP) with the backup and restore use cases.
 */
public interface BackupFormat {

    /** Opens a backup file's bytes from their start, each time it is called. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** A writer of one backup on {@code out}, gzip-compressed when {@code gzip}; its end does not close {@code out}. */
    BackupWriter writer(OutputStream out, boolean gzip);

    /** The backup file whose bytes {@code source} opens, compressed with gzip or not. */
    BackupFile file(Source source);
}
