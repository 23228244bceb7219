package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bookshelf.adapter.persistence.contract.MutableClock;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/** The catalogue's gauges count seldom, all three from one count, and move on once the kept count is old. */
class CatalogueSizeGaugesTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aNewBookShowsOnceTheKeptCountIsOlderThanItsMaxAge() {
        BookshelfUseCases useCases = new BookshelfUseCases(InMemoryPersistence.newDrivenPorts());
        new CatalogueSizeGauges(useCases.countCatalogue(), MAX_AGE, clock).bindTo(registry);
        assertThat(gauges()).containsExactly(0.0, 0.0, 0.0);

        AuthorView author = useCases.registerAuthor().registerAuthor(new AuthorName("Ada Lovelace"));
        useCases.registerBook()
                .registerBook(new RegisterBookCommand(
                        new Title("Sketch of the Analytical Engine"), null, null, Authorship.of(List.of(author.id()))));
        clock.advance(MAX_AGE.minusMillis(1));
        assertThat(gauges()).as("the kept count, not yet %s old", MAX_AGE).containsExactly(0.0, 0.0, 0.0);

        clock.advance(Duration.ofMillis(1));
        assertThat(gauges()).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void oneCountServesTheThreeGaugesAndEveryScrapeUntilItIsOld() {
        AtomicInteger counts = new AtomicInteger();
        new CatalogueSizeGauges(() -> new CatalogueSize(counts.incrementAndGet(), 7, 9), MAX_AGE, clock)
                .bindTo(registry);

        assertThat(gauges()).containsExactly(1.0, 7.0, 9.0);
        assertThat(gauges()).containsExactly(1.0, 7.0, 9.0);
        assertThat(counts).hasValue(1);

        clock.advance(MAX_AGE);
        assertThat(gauges()).containsExactly(2.0, 7.0, 9.0);
        assertThat(counts).hasValue(2);
    }

    @Test
    void aCountThatFailsShowsNoValueUntilTheNextOneSucceeds() {
        AtomicInteger counts = new AtomicInteger();
        new CatalogueSizeGauges(
                        () -> {
                            if (counts.incrementAndGet() == 1) {
                                throw new IllegalStateException("the store does not answer");
                            }
                            return new CatalogueSize(3, 2, 1);
                        },
                        MAX_AGE,
                        clock)
                .bindTo(registry);

        assertThat(gauges()).containsExactly(Double.NaN, Double.NaN, Double.NaN);
        assertThat(counts).as("no new attempt on every scrape").hasValue(1);

        clock.advance(MAX_AGE);
        assertThat(gauges()).containsExactly(3.0, 2.0, 1.0);
    }

    /** The books, authors and credits gauges, as a scrape reads them. */
    private List<Double> gauges() {
        return List.of("books", "authors", "credits").stream()
                .map(what -> registry.get("bookshelf.catalogue." + what).gauge().value())
                .toList();
    }
}
