package com.onboarding.gateway.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DueWorkTest {

    @Test
    void asked_soon_it_runs_on_its_own_thread_at_once() {
        AtomicInteger runs = new AtomicInteger();
        try (DueWork due = new DueWork("due-test", runs::incrementAndGet)) {
            due.runSoon();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        }
    }

    @Test
    void asked_while_it_runs_it_runs_once_more_and_never_twice_at_the_same_time() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (DueWork due = new DueWork("due-test", () -> {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            atOnce.decrementAndGet();
        })) {
            Thread timer = new Thread(due::runNow);
            timer.start();
            assertThat(firstRunStarted.await(5, TimeUnit.SECONDS)).isTrue();
            due.runNow();
            due.runSoon();
            due.runNow();
            release.countDown();
            timer.join(5000);
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
            assertThat(mostAtOnce.get()).isEqualTo(1);
            assertThat(runs.get()).isLessThanOrEqualTo(3);
        }
    }
}
