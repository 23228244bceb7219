package org.bookshelf.adapter.web;

/** This instance already runs as many imports as it takes at once (answered 503, to be tried again later). */
final class ImportsBusyException extends RuntimeException {

    ImportsBusyException(int running) {
        super("this instance already runs " + running + " imports, the most it takes at once; try again when one"
                + " has finished");
    }
}
