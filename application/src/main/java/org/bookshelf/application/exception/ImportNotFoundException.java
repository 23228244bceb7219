package org.bookshelf.application.exception;

import org.bookshelf.application.model.ImportJobId;

/** No import has the given id. */
public class ImportNotFoundException extends NotFoundException {

    public ImportNotFoundException(ImportJobId importId) {
        super("import", importId);
    }
}
