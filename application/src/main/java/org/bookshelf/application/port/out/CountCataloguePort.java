package org.bookshelf.application.port.out;

import org.bookshelf.application.model.CatalogueSize;

/**
 * Counts what the catalogue holds. An adapter may read every row to answer, so callers ask seldom (the
 * operator's gauges refresh at most every so many seconds), never on a client's request.
 */
public interface CountCataloguePort {

    /** The books, authors and credits stored now, counted consistently with one another. */
    CatalogueSize countCatalogue();
}
