package org.bookshelf.adapter.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.bookshelf.application.port.in.BackupFormat;
import org.bookshelf.application.port.out.ReadYourWrites;
import org.bookshelf.application.service.BookshelfFiles;
import org.bookshelf.application.service.BookshelfUseCases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web adapter's Spring MVC configuration: controllers built on the driving ports of the
 * {@link BookshelfUseCases} and {@link BookshelfFiles} beans the parent context provides (and the
 * {@link BackupFormat} bean it provides), the health checks, the metrics of the {@link PrometheusMeterRegistry}
 * bean it provides, the problem-details advice, strict JSON, Swagger UI and the catalogue page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
class WebConfiguration implements WebMvcConfigurer {

    static final String MERGE_PATCH_JSON_VALUE = "application/merge-patch+json";

    /** Request bodies larger than this are refused with 413. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    /** How long {@code GET /health} waits for the store, and {@code /health/ready} for each of its checks. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private static final String SWAGGER_UI_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final ObjectProvider<ReadYourWrites> readYourWrites;

    WebConfiguration(ObjectProvider<ReadYourWrites> readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Bean
    AuthorController authorController(BookshelfUseCases useCases) {
        return new AuthorController(
                useCases.registerAuthor(),
                useCases.getAuthor(),
                useCases.findAuthors(),
                useCases.renameAuthor(),
                useCases.deleteAuthor(),
                useCases.listBooksOfAuthor());
    }

    @Bean
    BookController bookController(BookshelfUseCases useCases) {
        return new BookController(
                useCases.registerBook(),
                useCases.getBook(),
                useCases.findBooks(),
                useCases.updateBook(),
                useCases.deleteBook(),
                useCases.replaceAuthors(),
                useCases.creditAuthor(),
                useCases.removeCredit());
    }

    @Bean
    ImportController importController(BookshelfFiles files, BookshelfUseCases useCases, MeterRegistry registry) {
        return new ImportController(
                files.importBooks(), useCases.getImport(), new ImportMetrics(files.importBooks(), registry));
    }

    @Bean
    ExportController exportController(BookshelfFiles files) {
        return new ExportController(files.exportBooks());
    }

    @Bean
    BackupController backupController(BookshelfUseCases useCases, BackupFormat backupFormat) {
        return new BackupController(useCases.backupCatalogue(), backupFormat);
    }

    @Bean
    Probe storeProbe(BookshelfUseCases useCases) {
        return Probe.ofStore(useCases.findAuthors(), PROBE_TIMEOUT);
    }

    @Bean
    HealthController healthController(
            Probe storeProbe,
            ObjectProvider<ReadinessCheck> readinessChecks,
            ObjectProvider<ReplicatedStore> replicatedStore,
            ObjectProvider<ClusteredStore> clusteredStore) {
        return new HealthController(
                storeProbe,
                readinessChecks.orderedStream().toList(),
                PROBE_TIMEOUT,
                replicatedStore.getIfAvailable(),
                clusteredStore.getIfAvailable());
    }

    @Bean
    MetricsController metricsController(PrometheusMeterRegistry registry) {
        return new MetricsController(registry);
    }

    @Bean(BookshelfWebInitializer.HTTP_REQUESTS_TIMER)
    HttpRequestsTimer httpRequestsTimer(MeterRegistry registry) {
        return new HttpRequestsTimer(registry);
    }

    @Bean
    ApiDocsController apiDocsController() {
        return new ApiDocsController();
    }

    @Bean
    CataloguePageController cataloguePageController() {
        return new CataloguePageController();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.withJsonConverter(new JacksonJsonHttpMessageConverter(ApiJson.mapperBuilder()));
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.strategies(List.of(new LenientAcceptHeader()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WellFormedQueryInterceptor());
        readYourWrites.ifAvailable(positions -> registry.addInterceptor(new PositionHeaderInterceptor(positions)));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(CataloguePageController.ASSETS_PATH + "/**")
                .addResourceLocations(CataloguePageController.ASSETS_LOCATION);
        String swaggerUiVersion = swaggerUiVersion();
        if (swaggerUiVersion != null) {
            registry.addResourceHandler(ApiDocsController.DOCS_PATH + "/**")
                    .addResourceLocations(
                            "classpath:/org/bookshelf/adapter/web/swagger-ui/",
                            "classpath:/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion + "/");
        }
    }

    /** The version of the Swagger UI webjar on the class path, or {@code null} when there is none. */
    private static String swaggerUiVersion() {
        try (InputStream in = WebConfiguration.class.getClassLoader().getResourceAsStream(SWAGGER_UI_POM)) {
            if (in == null) {
                return null;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
