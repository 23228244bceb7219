package org.bookshelf.application.port.in;

import java.util.Iterator;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.RowRejection;

/**
 * Registers many books at once from rows a file format reader produced, under the import rules:
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
 * service on the same store can tell where it is ({@link GetImportUseCase}).
 */
public interface ImportBooksUseCase {

    /** Records a new import, {@code RUNNING} with nothing counted yet, for {@link #importBooks} to run. */
    ImportJobId beginImport();

    /**
     * Imports the rows, one chunk after another, and ends the job {@code DONE}. When the rows cannot be
     * read to the end or the store fails, ends it {@code FAILED} (what was committed stays) and rethrows.
     *
     * @param rows     read once, in file order, on a thread of the import's own, a chunk or two ahead of what is
     *                 stored; an {@link java.io.UncheckedIOException} from it fails the import; no longer read once
     *                 this returns
     * @param progress told of every chunk committed and every row rejected, on the calling thread
     * @return the import as it ended
     */
    ImportJobView importBooks(ImportJobId job, Iterator<ImportRow> rows, ImportProgress progress);

    /** Hears how an import goes, as it goes. */
    interface ImportProgress {

        /** A chunk was committed; {@code soFar} counts every row of the import up to its end. */
        void committed(ImportCounts soFar);

        /** A row of the chunk just committed was rejected. */
        void rejected(RowRejection rejection);

        /** Hears nothing. */
        static ImportProgress ignored() {
            return new ImportProgress() {
                @Override
                public void committed(ImportCounts soFar) {
                }

                @Override
                public void rejected(RowRejection rejection) {
                }
            };
        }
    }
}
