package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.port.in.FindAuthorsUseCase;
import org.junit.jupiter.api.Test;

class StoreProbeTest {

    @Test
    void aStoreThatAnswersIsUp() {
        try (StoreProbe probe = new StoreProbe((filter, page) -> new Page<>(List.of(), null),
                Duration.ofSeconds(30))) {
            assertThat(probe.storeAnswers()).isTrue();
        }
    }

    @Test
    void aFailingStoreIsDown() {
        FindAuthorsUseCase failing = (filter, page) -> {
            throw new IllegalStateException("connection refused");
        };
        try (StoreProbe probe = new StoreProbe(failing, Duration.ofSeconds(30))) {
            assertThat(probe.storeAnswers()).isFalse();
        }
    }

    @Test
    void aHangingStoreIsDownWithoutPilingUpProbesAndUpAgainOnceItAnswers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        FindAuthorsUseCase hanging = (filter, page) -> {
            calls.incrementAndGet();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Page<>(List.of(), null);
        };
        try (StoreProbe probe = new StoreProbe(hanging, Duration.ofMillis(50))) {
            assertThat(probe.storeAnswers()).isFalse();
            assertThat(probe.storeAnswers()).isFalse();
            assertThat(calls).as("the second check waits on the first probe").hasValue(1);

            release.countDown();
            boolean up = false;
            for (int check = 0; check < 1_000 && !up; check++) {
                up = probe.storeAnswers();
            }
            assertThat(up).as("up again once the store answers").isTrue();
        }
    }
}
