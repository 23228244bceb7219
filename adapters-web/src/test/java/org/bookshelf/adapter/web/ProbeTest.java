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

class ProbeTest {

    @Test
    void aStoreThatAnswersIsUp() {
        try (Probe probe = Probe.ofStore((filter, page) -> new Page<>(List.of(), null), Duration.ofSeconds(30))) {
            assertThat(probe.passes()).isTrue();
            assertThat(probe.name()).isEqualTo("store");
        }
    }

    @Test
    void aFailingStoreIsDown() {
        FindAuthorsUseCase failing = (filter, page) -> {
            throw new IllegalStateException("connection refused");
        };
        try (Probe probe = Probe.ofStore(failing, Duration.ofSeconds(30))) {
            assertThat(probe.passes()).isFalse();
        }
    }

    @Test
    void aHangingCheckFailsWithoutPilingUpAndPassesAgainOnceItAnswers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Runnable hanging = () -> {
            calls.incrementAndGet();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (Probe probe = new Probe("hanging", hanging, Duration.ofMillis(50))) {
            assertThat(probe.passes()).isFalse();
            assertThat(probe.passes()).isFalse();
            assertThat(calls).as("the second check waits on the first probe").hasValue(1);

            release.countDown();
            boolean up = false;
            for (int check = 0; check < 1_000 && !up; check++) {
                up = probe.passes();
            }
            assertThat(up).as("up again once the check answers").isTrue();
        }
    }
}
