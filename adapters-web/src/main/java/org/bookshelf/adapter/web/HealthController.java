package org.bookshelf.adapter.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the service is, for whatever watches it:
 * <ul>
 * <li>{@code GET /health}: 200 {@code {"status":"UP"}} while the store answers, a 503 problem otherwise;</li>
 * <li>{@code GET /health/live}: 200 {@code {"status":"UP"}} whenever the process answers at all, the store up
 *     or not (restarting would not bring a database back);</li>
 * <li>{@code GET /health/ready}: 200 {@code {"status":"UP"}} while the store answers and every
 *     {@link ReadinessCheck} passes, checked in that order; otherwise a 503 problem whose {@code checks} say
 *     which check failed ({@code DOWN}), which passed ({@code UP}) and which were not run after it
 *     ({@code UNKNOWN}).</li>
 * </ul>
 * When the store reads from replicas, {@code /health/ready} also reports each one ({@link ReadinessResponse});
 * a replica that is down takes no reads but leaves the service ready while the store answers. On a node of a
 * cluster it reports how the node stands ({@link ClusteredStore}).
 */
@RestController
class HealthController implements AutoCloseable {

    private static final String UP = "UP";
    private static final String DOWN = "DOWN";
    private static final String UNKNOWN = "UNKNOWN";

    private final Probe storeProbe;
    private final List<Probe> checkProbes;
    private final List<Probe> readiness;
    private final ReplicatedStore replicated;
    private final ClusteredStore clustered;

    /**
     * @param checks     checked by {@code /health/ready} in this order after the store, each only if those before
     *                   it passed, each for at most {@code timeout}
     * @param replicated the store's replicas to report, or {@code null} when it reads from none
     * @param clustered  the store's cluster node to report, or {@code null} when it is on none
     */
    HealthController(
            Probe storeProbe,
            List<ReadinessCheck> checks,
            Duration timeout,
            ReplicatedStore replicated,
            ClusteredStore clustered) {
        this.storeProbe = storeProbe;
        this.replicated = replicated;
        this.clustered = clustered;
        this.checkProbes = checks.stream()
                .map(check -> new Probe(check.name(), check::check, timeout))
                .toList();
        this.readiness =
                Stream.concat(Stream.of(storeProbe), checkProbes.stream()).toList();
    }

    @GetMapping("/health")
    ResponseEntity<?> health() {
        if (storeProbe.passes()) {
            return ResponseEntity.ok(HealthResponse.UP);
        }
        return unavailable(
                ProblemTypes.STORE_UNAVAILABLE, "Store unavailable", "The catalogue's store does not answer.");
    }

    @GetMapping("/health/live")
    HealthResponse live() {
        return HealthResponse.UP;
    }

    @GetMapping("/health/ready")
    ResponseEntity<?> ready() {
        Map<String, String> checks = new LinkedHashMap<>();
        String failed = null;
        for (Probe probe : readiness) {
            if (failed != null) {
                checks.put(probe.name(), UNKNOWN);
            } else if (probe.passes()) {
                checks.put(probe.name(), UP);
            } else {
                checks.put(probe.name(), DOWN);
                failed = probe.name();
            }
        }
        List<ReadinessResponse.Replica> replicas =
                replicated == null ? null : ReadinessResponse.of(replicated.replicas());
        ReadinessResponse.Cluster cluster = clustered == null ? null : ReadinessResponse.Cluster.of(clustered.node());
        if (failed == null) {
            return ResponseEntity.ok(
                    replicas == null && cluster == null
                            ? HealthResponse.UP
                            : new ReadinessResponse(UP, replicas, cluster));
        }
        ResponseEntity<ProblemDetail> notReady = unavailable(
                ProblemTypes.NOT_READY,
                "Not ready",
                "The service is not ready to take requests: the " + failed + " check failed.");
        notReady.getBody().setProperty("checks", checks);
        if (replicas != null) {
            notReady.getBody().setProperty("replicas", replicas);
        }
        if (cluster != null) {
            notReady.getBody().setProperty("cluster", cluster);
        }
        return notReady;
    }

    private static ResponseEntity<ProblemDetail> unavailable(URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(type);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Stops the probes of the readiness checks; the store's probe belongs to whoever gave it. */
    @Override
    public void close() {
        checkProbes.forEach(Probe::close);
    }
}
