package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.bookshelf.application.exception.SearchesBusyException;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.search.SearchQuery;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {

    @Test
    void a_search_beyond_the_slots_is_refused_and_the_slot_serves_again_once_free() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ZERO);
        CountDownLatch searching = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            searching.countDown();
            await(finish);
            return "first";
        }));
        searching.await();

        assertThatThrownBy(() -> slots.run(() -> "second"))
                .isInstanceOf(SearchesBusyException.class)
                .hasMessageContaining("1 searches");

        finish.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(slots.run(() -> "third")).isEqualTo("third");
    }

    @Test
    void a_search_that_fails_gives_its_slot_back() {
        SearchSlots slots = new SearchSlots(1, Duration.ZERO);

        assertThatThrownBy(() -> slots.run(() -> {
                    throw new IllegalStateException("the store failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void a_search_that_stopped_early_with_nothing_found_yet_suggests_nothing_and_leads_on() {
        SearchSlots slots = new SearchSlots(1, Duration.ZERO);
        FakeCatalogue catalogue = new FakeCatalogue();
        Page<String> stopped = new Page<>(List.of(), "cursor-after-the-rows-read");

        Page<String> page = slots.page(
                SearchQuery.parse("tolkein"),
                PageRequest.first(),
                WordScope.BOOKS,
                catalogue,
                catalogue.scans(),
                () -> stopped);

        assertThat(page.nextCursor()).isEqualTo("cursor-after-the-rows-read");
        assertThat(page.suggestions()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
