package org.bookshelf.adapter.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Times every request on a registry as {@value #METRIC}, with the tags Spring's server observation gives
 * it: {@code method}, {@code status}, {@code outcome} (the status class, such as {@code CLIENT_ERROR}),
 * {@code exception} and {@code error} (the simple name of what escaped the filters, else {@code none}) and
 * {@code uri}: the matched route's path pattern, such as {@code /api/books/{id}}, never the path itself;
 * {@code NOT_FOUND} when no route matched, {@code REDIRECTION} for a redirect, {@code UNKNOWN} when the
 * request was answered before routing (refused by the security filters, say).
 *
 * <p>It does what Spring's {@code ServerHttpObservationFilter} did here for a fraction of its cost: each
 * combination of tags looks up its timer once, and nothing else is built per request.
 */
final class HttpRequestsTimer extends AnsweredRequestFilter {

    static final String METRIC = "http.server.requests";
    private static final String NONE = "none";

    private final MeterRegistry registry;
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    HttpRequestsTimer(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    void answered(HttpServletRequest request, int status, long nanos, Throwable failure) {
        Throwable cause = failure instanceof ServletException servlet && servlet.getCause() != null
                ? servlet.getCause()
                : failure;
        String exception = cause == null ? NONE : cause.getClass().getSimpleName();
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        TimerKey key = new TimerKey(
                request.getMethod(), status, route == null ? unrouted(status) : route.toString(), exception);
        timers.computeIfAbsent(key, this::register).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String unrouted(int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "NOT_FOUND";
        }
        return status >= 300 && status < 400 ? "REDIRECTION" : "UNKNOWN";
    }

    private Timer register(TimerKey key) {
        HttpStatus.Series series = HttpStatus.Series.resolve(key.status());
        return Timer.builder(METRIC)
                .description("HTTP server request processing time")
                .tag("method", key.method())
                .tag("status", String.valueOf(key.status()))
                .tag("outcome", series == null ? "UNKNOWN" : series.name())
                .tag("uri", key.uri())
                .tag("exception", key.exception())
                .tag("error", key.exception())
                .register(registry);
    }

    private record TimerKey(String method, int status, String uri, String exception) {}
}
