package org.bookshelf.features.stack.http;

/**
 * Empties the catalogue that the running service works on. The HTTP stack calls it as each scenario
 * starts, so that the scenario sees nothing but what it puts in, though the service keeps running.
 */
@FunctionalInterface
interface CatalogueReset {

    /** Leaves the catalogue without books, authors or credits, its ids starting afresh. */
    void emptyCatalogue();
}
