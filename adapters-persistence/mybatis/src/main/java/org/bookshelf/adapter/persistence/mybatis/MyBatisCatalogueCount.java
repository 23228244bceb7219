package org.bookshelf.adapter.persistence.mybatis;

import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.out.CountCataloguePort;

/** Counts the catalogue in one statement. */
final class MyBatisCatalogueCount implements CountCataloguePort {

    private final CatalogueMapper catalogue;

    MyBatisCatalogueCount(CatalogueMapper catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public CatalogueSize countCatalogue() {
        return catalogue.count();
    }
}
