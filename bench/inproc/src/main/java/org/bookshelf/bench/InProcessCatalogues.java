package org.bookshelf.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.application.service.BookshelfUseCases;

/**
 * What the in-process benchmarks compare, on the database {@code BOOKSHELF_DB_URL} names: Bookshelf's use cases
 * on the {@link MariaDbStore} as the service opens it, and {@link RawJdbcCatalogue} on the same autocommit pool.
 */
final class InProcessCatalogues implements AutoCloseable {

    private final MariaDbStore store;
    private final BookshelfUseCases bookshelf;
    private final RawJdbcCatalogue raw;

    private InProcessCatalogues(MariaDbStore store) {
        this.store = store;
        this.bookshelf = new BookshelfUseCases(store.drivenPorts());
        this.raw = new RawJdbcCatalogue(store.dataSource());
    }

    static InProcessCatalogues open() {
        return new InProcessCatalogues(MariaDbStore.open(DatabaseSettings.fromEnvironment(), new SimpleMeterRegistry()));
    }

    BookshelfUseCases bookshelf() {
        return bookshelf;
    }

    RawJdbcCatalogue raw() {
        return raw;
    }

    @Override
    public void close() {
        store.close();
    }
}
