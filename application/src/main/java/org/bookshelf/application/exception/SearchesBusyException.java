package org.bookshelf.application.exception;

/** This instance runs as many searches as it takes at once, and none ended in time: try again in a moment. */
public final class SearchesBusyException extends BookshelfException {

    public SearchesBusyException(int running) {
        super("this instance already runs " + running + " searches, the most it takes at once; try again in a moment");
    }
}
