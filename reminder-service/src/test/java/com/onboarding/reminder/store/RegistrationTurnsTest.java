package com.onboarding.reminder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Two registrations of one reminder never overlap (as on two instances: each turn has its own connection). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reminder"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class RegistrationTurnsTest {

    @Inject
    RegistrationTurns turns;

    @Test
    void a_second_registration_of_the_same_reminder_waits_for_the_first_and_another_reminder_does_not() throws Exception {
        long reminder = 900_000 + System.nanoTime() % 1000;
        CountDownLatch registering = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> turns.inTurn(reminder, () -> {
            registering.countDown();
            waitFor(answered);
        }));
        assertThat(registering.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean secondRan = new AtomicBoolean();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> turns.inTurn(reminder, () -> secondRan.set(true)));
        turns.inTurn(reminder + 1, () -> {
        });
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilFalse(secondRan);

        answered.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(secondRan).as("its turn came once the first had registered").isTrue();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
