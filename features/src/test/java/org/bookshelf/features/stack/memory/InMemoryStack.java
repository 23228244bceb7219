package org.bookshelf.features.stack.memory;

import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.features.driver.CatalogueDriver;
import org.bookshelf.features.driver.UseCaseCatalogueDriver;
import org.bookshelf.features.steps.StepsConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.test.context.ContextConfiguration;

/**
 * The features on the use cases and the in-memory store: every scenario gets a store of its own,
 * so nothing needs cleaning up between them.
 */
@CucumberContextConfiguration
@ContextConfiguration(classes = InMemoryStack.Wiring.class)
public class InMemoryStack {

    @Configuration
    @Import(StepsConfiguration.class)
    static class Wiring {

        @Bean
        @ScenarioScope(proxyMode = ScopedProxyMode.NO)
        CatalogueDriver catalogueDriver() {
            return new UseCaseCatalogueDriver(InMemoryPersistence.newDrivenPorts());
        }
    }
}
