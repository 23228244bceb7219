package org.bookshelf.adapter.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics}: every meter of the service's registry, in the Prometheus text format 0.0.4. */
@RestController
class MetricsController {

    static final String PROMETHEUS_TEXT_VALUE = "text/plain; version=0.0.4; charset=utf-8";
    private static final MediaType PROMETHEUS_TEXT = MediaType.parseMediaType(PROMETHEUS_TEXT_VALUE);

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/metrics")
    ResponseEntity<String> metrics() {
        return ResponseEntity.ok().contentType(PROMETHEUS_TEXT).body(registry.scrape(PROMETHEUS_TEXT_VALUE));
    }
}
