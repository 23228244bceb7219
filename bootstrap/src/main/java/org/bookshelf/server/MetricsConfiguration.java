package org.bookshelf.server;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.binder.tomcat.TomcatMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.bookshelf.application.service.BookshelfUseCases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service measures, on one Prometheus registry that the web adapter serves at {@code /metrics} and
 * records its HTTP requests on: the JVM (memory, garbage collection, threads, class loading), the processors
 * and uptime, Tomcat's threads and connections, and the catalogue's size. The store configuration adds what it
 * knows (the MariaDB store: its connection pool and a timer per MyBatis statement).
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** The meter the web adapter records each HTTP request on. */
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** The upper bounds of the buckets of {@value #HTTP_SERVER_REQUESTS}' histogram, from 5 ms to 10 s. */
    static final Duration[] HTTP_LATENCY_BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .map(Duration::ofMillis)
            .toArray(Duration[]::new);

    /** How long a count of the catalogue serves its gauges before the next scrape counts again. */
    static final Duration CATALOGUE_COUNT_MAX_AGE = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    PrometheusMeterRegistry meterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(httpLatencyHistogram());
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** Listens to garbage collections until closed. */
    @Bean(destroyMethod = "close")
    JvmGcMetrics jvmGcMetrics(MeterRegistry registry) {
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }

    /** Tomcat's thread pools and connections, read from its MBeans as they appear, until closed. No sessions here. */
    @Bean(destroyMethod = "close")
    TomcatMetrics tomcatMetrics(MeterRegistry registry) {
        TomcatMetrics tomcat = new TomcatMetrics(null, Tags.empty());
        tomcat.bindTo(registry);
        return tomcat;
    }

    @Bean
    CatalogueSizeGauges catalogueSizeGauges(BookshelfUseCases useCases, MeterRegistry registry) {
        CatalogueSizeGauges gauges =
                new CatalogueSizeGauges(useCases.countCatalogue(), CATALOGUE_COUNT_MAX_AGE, Clock.systemUTC());
        gauges.bindTo(registry);
        return gauges;
    }

    /** Publishes {@value #HTTP_SERVER_REQUESTS} as a histogram, so that percentiles can be computed across instances. */
    private static MeterFilter httpLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                double[] bucketNanos = Stream.of(HTTP_LATENCY_BUCKETS)
                        .mapToDouble(Duration::toNanos)
                        .toArray();
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(bucketNanos)
                        .build()
                        .merge(config);
            }
        };
    }
}
