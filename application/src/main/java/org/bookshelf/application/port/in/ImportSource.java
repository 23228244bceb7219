package org.bookshelf.application.port.in;

import java.io.IOException;
import java.io.InputStream;

/** What an import reads: a file, opened once the import is admitted. */
@FunctionalInterface
public interface ImportSource {

    /**
     * The file's bytes, from the start. Called once, on the caller's thread, after the import is admitted
     * and before it is begun (an upload may be received here); read afterwards on a thread of the import's.
     */
    InputStream open() throws IOException;

    /** Called once the import no longer reads the file (it ended, or never began); nothing by default. */
    default void release() {}
}
