package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.messaging.turns.Turns;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Two turns on one object never overlap (as on two instances: each turn has its own connection). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TurnsTest {

    @Inject
    Turns turns;

    @Test
    void a_second_turn_on_the_same_object_waits_for_the_first_and_another_object_does_not() throws Exception {
        String object = "shared-" + UUID.randomUUID();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> turns.inTurn("test", object, () -> {
            writing.countDown();
            waitFor(written);
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean secondRan = new AtomicBoolean();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> turns.inTurn("test", object,
                () -> secondRan.set(true)));
        assertThat(turns.inTurn("test", object + "-other", () -> "free")).isEqualTo("free");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilFalse(secondRan);

        written.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(secondRan).as("its turn came once the first had written").isTrue();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
