package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.ImportNotFoundException;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;

/** Tells where an import is, whichever instance of the service runs it. */
public interface GetImportUseCase {

    /**
     * The import's state, counts and first rejected rows. An import still {@code RUNNING} whose counts have
     * not moved for a long while (its process stopped) is answered {@code FAILED}.
     *
     * @throws ImportNotFoundException when no import has the id
     */
    ImportJobView getImport(ImportJobId importId);
}
