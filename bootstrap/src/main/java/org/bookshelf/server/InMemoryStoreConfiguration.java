package org.bookshelf.server;

import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code BOOKSHELF_STORE=memory}: the catalogue in this process only, empty at start, lost at exit. */
@Configuration(proxyBeanMethods = false)
class InMemoryStoreConfiguration {

    @Bean
    DrivenPorts drivenPorts() {
        return InMemoryPersistence.newDrivenPorts();
    }
}
