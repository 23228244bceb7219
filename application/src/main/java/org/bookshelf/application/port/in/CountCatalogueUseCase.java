package org.bookshelf.application.port.in;

import org.bookshelf.application.model.CatalogueSize;

/** Tells how many books, authors and credits the catalogue holds, for those who operate it. */
public interface CountCatalogueUseCase {

    /**
     * The catalogue's size now. Costs a pass over the stored rows: call it seldom.
     *
     * @throws org.bookshelf.application.exception.StoreUnavailableException when the store cannot be reached
     */
    CatalogueSize countCatalogue();
}
