package org.bookshelf.application.port.in;

import java.io.UncheckedIOException;
import org.bookshelf.application.exception.ImportsBusyException;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.RowRejection;

/**
 * Registers many books at once from a file (a Goodreads export, JSON Lines), under the import rules:
 *
 * <ul>
 * <li>An author is matched by exact name (trimmed) against the catalogue and the rows before; when
 *     several authors share the name, the one with the lowest id. A name nobody has yet registers a new
 *     author.</li>
 * <li>A row whose ISBN a book has already, or without ISBN whose title and author names in order equal
 *     a book's, is already present and left as it is: importing the same rows twice registers nothing
 *     the second time.</li>
 * <li>A row that breaks a rule (no title, an invalid ISBN, an unreadable line, or authors a book cannot be
 *     credited with: more than 100, or one name twice after trimming) is rejected with its line and reason;
 *     nothing of it is written, and the other rows go on. A duplicate credit is rejected, not merged, as the
 *     API refuses it: both apply {@link org.bookshelf.domain.Authorship#requireCreditable}.</li>
 * <li>Rows are committed in chunks, each with the import's counts: a stop half way keeps every chunk
 *     committed, and running the same rows again completes the import without duplicates.</li>
 * </ul>
 *
 * <p>An import is a job whose state and counts are kept in the store, so that any instance of the
 * service on the same store can tell where it is ({@link GetImportUseCase}). The use case owns its life: it
 * admits at most {@value #MAX_RUNNING} at once, runs them on threads of its own and ends them; the HTTP API and
 * the command line only hand it a source and follow the job.
 */
public interface ImportBooksUseCase {

    /** How many imports an instance of the service runs at once. */
    int MAX_RUNNING = 2;

    /**
     * Admits an import, opens its source, checks that the file starts as its format does, begins the job
     * ({@code RUNNING}, nothing counted) and runs it on the import's own threads: its rows are read a chunk or
     * two ahead of what is stored, chunk after chunk is committed, and the job ends {@code DONE}; or, when the
     * rows cannot be read to the end, the store fails or the service stops, {@code FAILED} with what was
     * committed kept. The source is released when the import ends.
     *
     * @param format   the format the source's file is in
     * @param progress told of every chunk committed, every row rejected and the end, on a thread of the import's
     * @throws ImportsBusyException    when {@value #MAX_RUNNING} imports run on this instance already, or it is
     *                                 stopping; the source is not opened
     * @throws UnreadableFileException when the file does not start as its format does; nothing is begun
     * @throws UncheckedIOException    when the source cannot be opened; nothing is begun
     */
    RunningImport startImport(ImportFormat format, ImportSource source, ImportProgress progress);

    /** How many imports run on this instance now, from admitted to released. */
    int running();

    /** An import begun, to follow to its end. */
    interface RunningImport {

        ImportJobId id();

        /** Waits until the import has ended, its source is released and its end told; answers it as it ended. */
        ImportJobView awaitEnd() throws InterruptedException;
    }

    /** Hears how an import goes, as it goes. */
    interface ImportProgress {

        /** A chunk was committed; {@code soFar} counts every row of the import up to its end. */
        void committed(ImportCounts soFar);

        /** A row of the chunk just committed was rejected. */
        void rejected(RowRejection rejection);

        /**
         * The import ended: {@code DONE} with {@code failure} {@code null}, or {@code FAILED}, its
         * {@link ImportJobView#failure()} telling why in a user's words and {@code failure} what stopped it.
         */
        default void ended(ImportJobView job, RuntimeException failure) {}

        /** Hears nothing. */
        static ImportProgress ignored() {
            return new ImportProgress() {
                @Override
                public void committed(ImportCounts soFar) {}

                @Override
                public void rejected(RowRejection rejection) {}
            };
        }
    }
}
