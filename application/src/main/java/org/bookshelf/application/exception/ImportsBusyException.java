package org.bookshelf.application.exception;

/**
 * This instance already runs as many imports as it takes at once, or is stopping: try again later. The import's
 * source was not read.
 */
public final class ImportsBusyException extends BookshelfException {

    public ImportsBusyException(int running) {
        super("this instance already runs " + running + " imports, the most it takes at once; try again when one"
                + " has finished");
    }
}
