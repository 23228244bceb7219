package org.bookshelf.features.steps;

import io.cucumber.spring.ScenarioScope;
import org.bookshelf.features.driver.CatalogueDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ScopedProxyMode;

/**
 * What the steps need besides the {@link CatalogueDriver}: every stack's Cucumber context configuration
 * imports this and adds a scenario-scoped driver of its own.
 */
@Configuration
public class StepsConfiguration {

    @Bean
    @ScenarioScope(proxyMode = ScopedProxyMode.NO)
    CatalogueWorld catalogueWorld(CatalogueDriver catalogue) {
        return new CatalogueWorld(catalogue);
    }
}
