package org.bookshelf.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.CountCatalogueUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's size as three gauges: {@code bookshelf.catalogue.books}, {@code .authors} and {@code .credits}
 * ({@code bookshelf_catalogue_books} and so on in Prometheus). Counting passes over every row, so a count is kept
 * for {@code maxAge}: scrapes within that time read the kept one, and the first after it counts again, once for
 * all three. A count that fails (the store down) shows as no value ({@code NaN}) until the next one.
 */
final class CatalogueSizeGauges implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSizeGauges.class);

    private final CountCatalogueUseCase countCatalogue;
    private final Duration maxAge;
    private final Clock clock;
    private CatalogueSize counted;
    private Instant countedAt;

    CatalogueSizeGauges(CountCatalogueUseCase countCatalogue, Duration maxAge, Clock clock) {
        this.countCatalogue = countCatalogue;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        register(registry, "books", "Books in the catalogue", CatalogueSize::books);
        register(registry, "authors", "Authors in the catalogue, credited or not", CatalogueSize::authors);
        register(registry, "credits", "Credits in the catalogue: one per author per book", CatalogueSize::credits);
    }

    private void register(
            MeterRegistry registry, String what, String description, ToLongFunction<CatalogueSize> count) {
        Gauge.builder("bookshelf.catalogue." + what, this, gauges -> gauges.value(count))
                .description(description + ", counted at most every " + maxAge.toSeconds() + " s")
                .strongReference(true)
                .register(registry);
    }

    private double value(ToLongFunction<CatalogueSize> count) {
        CatalogueSize size = current();
        return size == null ? Double.NaN : count.applyAsLong(size);
    }

    /** The kept count while younger than {@code maxAge}, else a new one; {@code null} when that failed. */
    synchronized CatalogueSize current() {
        Instant now = clock.instant();
        if (countedAt == null || !now.isBefore(countedAt.plus(maxAge))) {
            countedAt = now;
            try {
                counted = countCatalogue.countCatalogue();
            } catch (RuntimeException e) {
                LOG.warn("The catalogue could not be counted for its gauges: {}", e.toString());
                counted = null;
            }
        }
        return counted;
    }
}
