package org.bookshelf.server;

import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * Chooses the store the catalogue runs on: the one place where a persistence adapter is picked.
 *
 * <p>A store configuration is a Spring {@code @Configuration} that contributes exactly one
 * {@link DrivenPorts} bean. It may take the {@link BookshelfSettings} bean (data directory, database URL
 * and credentials) and the {@code MeterRegistry} bean (to measure what it runs), may contribute
 * {@code ReadinessCheck} beans for {@code /health/ready}, and may hold resources as beans with destroy
 * methods (a pool, an embedded database): they are created before the web server starts and destroyed
 * after it has stopped.
 */
final class StoreConfigurations {

    private StoreConfigurations() {}

    static Class<?> forStore(Store store) {
        return switch (store) {
            case MEMORY -> InMemoryStoreConfiguration.class;
            case MARIADB -> MariaDbStoreConfiguration.class;
        };
    }
}
