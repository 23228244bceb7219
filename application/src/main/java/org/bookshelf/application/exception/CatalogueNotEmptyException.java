package org.bookshelf.application.exception;

/** A restore into a catalogue that holds authors or books was refused: it replaces them only when told to. */
public class CatalogueNotEmptyException extends BookshelfException {

    public CatalogueNotEmptyException() {
        super("the catalogue is not empty; a restore replaces what it holds only when told to");
    }
}
