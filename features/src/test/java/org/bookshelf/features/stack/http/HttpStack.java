package org.bookshelf.features.stack.http;

import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.adapter.web.security.TokenFile;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.features.driver.CatalogueDriver;
import org.bookshelf.features.stack.http.HttpCatalogueDriver.Callers;
import org.bookshelf.features.steps.StepsConfiguration;
import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.test.context.ContextConfiguration;

/**
 * The features over HTTP, against the real service on a free port: one service for the whole run,
 * started with this Spring context (once per JVM) and closed with it, with authentication on and tokens
 * of its own, and an empty catalogue for each scenario, emptied through {@link CatalogueReset} as the
 * scenario's driver is made.
 *
 * <p>The service runs on the store that {@link CatalogueStore} provides — the MyBatis adapter on the
 * embedded test MariaDB — with driven ports to start it on and the {@link CatalogueReset} that empties
 * them. Running on another store means replacing that one configuration.
 *
 * <p>Scenarios share the service, so they must run one after the other (as they do: Cucumber runs
 * them in sequence unless told otherwise).
 */
@CucumberContextConfiguration
@ContextConfiguration(classes = HttpStack.Wiring.class)
public class HttpStack {

    @Configuration
    @Import({StepsConfiguration.class, CatalogueStore.class})
    static class Wiring {

        /** A tokens file of the run's own, with an editor and an admin token for the driver. */
        @Bean
        Tokens tokens() throws IOException {
            Path directory = Files.createTempDirectory("bookshelf-features-");
            Path file = directory.resolve("tokens");
            // Deleted in the reverse order: the files, then their directory.
            directory.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            file.resolveSibling("tokens.lock").toFile().deleteOnExit();
            TokenFile tokens = new TokenFile(file);
            return new Tokens(
                    file,
                    new Callers(tokens.add("features-editor", Role.EDITOR), tokens.add("features-admin", Role.ADMIN)));
        }

        @Bean(destroyMethod = "close")
        BookshelfServer bookshelfServer(DrivenPorts drivenPorts, Tokens tokens) {
            BookshelfSettings settings = BookshelfSettings.defaults().withPort(0);
            return BookshelfServer.start(
                    settings.withAccess(new AccessSettings(true, true, tokens.file(), null)), drivenPorts);
        }

        @Bean
        HttpClient httpClient() {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        @Bean
        @ScenarioScope(proxyMode = ScopedProxyMode.NO)
        CatalogueDriver catalogueDriver(
                BookshelfServer server, HttpClient httpClient, CatalogueReset reset, Tokens tokens) {
            reset.emptyCatalogue();
            return new HttpCatalogueDriver(httpClient, server.uri(), tokens.callers());
        }
    }

    record Tokens(Path file, Callers callers) {}

    /**
     * The embedded test MariaDB, one per JVM, on the MyBatis adapter: the service runs on its driven
     * ports, and each scenario starts with its tables emptied.
     */
    @Configuration
    static class CatalogueStore {

        @Bean
        DrivenPorts drivenPorts() {
            return EmbeddedTestDatabase.drivenPorts();
        }

        @Bean
        CatalogueReset catalogueReset() {
            return EmbeddedTestDatabase::emptyAllTables;
        }
    }
}
