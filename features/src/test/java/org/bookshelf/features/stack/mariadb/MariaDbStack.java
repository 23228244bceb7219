package org.bookshelf.features.stack.mariadb;

import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.features.driver.CatalogueDriver;
import org.bookshelf.features.driver.UseCaseCatalogueDriver;
import org.bookshelf.features.steps.StepsConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.test.context.ContextConfiguration;

/**
 * The features on the use cases and the MyBatis adapter, on the embedded MariaDB that this test JVM
 * starts once: every scenario begins with all tables emptied and the id sequences restarted.
 */
@CucumberContextConfiguration
@ContextConfiguration(classes = MariaDbStack.Wiring.class)
public class MariaDbStack {

    @Configuration
    @Import(StepsConfiguration.class)
    static class Wiring {

        @Bean
        @ScenarioScope(proxyMode = ScopedProxyMode.NO)
        CatalogueDriver catalogueDriver() {
            EmbeddedTestDatabase.emptyAllTables();
            return new UseCaseCatalogueDriver(EmbeddedTestDatabase.drivenPorts());
        }
    }
}
