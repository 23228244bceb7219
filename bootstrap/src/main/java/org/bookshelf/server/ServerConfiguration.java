package org.bookshelf.server;

import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.adapter.web.BookshelfWebInitializer;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.application.service.BookshelfFiles;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The composition root, less the store: the use cases on whatever {@link DrivenPorts} the store
 * configuration provides (those of files on the file formats and the import workers), the file formats (backups'
 * too), who may use them, the embedded web server that exposes them, and the metrics ({@link MetricsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Import(MetricsConfiguration.class)
class ServerConfiguration {

    @Bean
    BookshelfUseCases bookshelfUseCases(DrivenPorts drivenPorts) {
        return new BookshelfUseCases(drivenPorts);
    }

    @Bean(destroyMethod = "close")
    ImportWorkers importWorkers() {
        return new ImportWorkers();
    }

    /** Closed before the workers (it depends on them): running imports stop, then the workers wait for them. */
    @Bean(destroyMethod = "close")
    BookshelfFiles bookshelfFiles(
            DrivenPorts drivenPorts, ImportWorkers importWorkers, CatalogueFileFormats fileFormats) {
        return new BookshelfFiles(drivenPorts, fileFormats, importWorkers.executor());
    }

    /** The files' formats, imports' and exports' for {@link BookshelfFiles}, backups' for the web adapter. */
    @Bean
    CatalogueFileFormats fileFormats() {
        return new CatalogueFileFormats();
    }

    @Bean
    AccessSettings accessSettings(BookshelfSettings settings) {
        return settings.access();
    }

    @Bean
    EmbeddedTomcat embeddedTomcat(BookshelfSettings settings, ApplicationContext application) {
        return new EmbeddedTomcat(
                settings.host(),
                settings.port(),
                settings.tls(),
                settings.shutdownGrace(),
                ConnectorLimits.DEFAULT,
                new BookshelfWebInitializer(application, settings.publicUrl(), settings.importMaxBytes()));
    }
}
