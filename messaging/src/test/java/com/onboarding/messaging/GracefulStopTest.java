package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.outbox.OutboxRelay;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop (issue 14) with step work still running: the shutdown observers run as at a SIGTERM (consumers,
 * then the engine's grace period, then the outbox relay's last run). Work still running after the grace is
 * interrupted and nothing of it is recorded (no FAILED, no write meeting a closed EntityManagerFactory): its row keeps
 * its claim, whose lease (renewed during the grace) lets the restart resume it. The relay runs no more. Its own app (a test profile), because
 * the stop is for good.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@TestProfile(GracefulStopTest.StoppedForGood.class)
class GracefulStopTest {

    /** A separate application, stopped by this test; a lease much shorter than the grace period. */
    public static class StoppedForGood implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onboarding.engine.lease", "3s", "onboarding.engine.lease-renew-every", "1s");
        }
    }

    private static final String STEP = StepIds.DOCS_MSA_LIST;

    @Inject
    StepEngine engine;

    @Inject
    StepTracker steps;

    @Inject
    EngineTestWork work;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<ShutdownEvent> shutdown;

    @Test
    void work_running_past_the_grace_is_left_to_its_lease_and_the_relay_stops_before_hibernate_closes() {
        String id = "held-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.schedule(id, STEP));
        await().atMost(Duration.ofSeconds(10)).until(() -> work.runs(id) == 1);

        Instant leasedUntil = leaseUntil(id);
        long started = System.nanoTime();
        shutdown.fire(new ShutdownEvent());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the grace period, then on")
                .isLessThan(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(5)).until(() -> work.interrupted(id));
        assertThat(relay.stopped()).as("the relay runs no more").isTrue();
        assertThat(status(id)).as("nothing recorded: not FAILED because of the stop").isEqualTo(StepStatus.RUNNING);
        assertThat(claimed(id)).as("the row keeps its claim; the lease lets the restart resume it").isTrue();
        assertThat(leaseUntil(id)).as("renewed during the grace: no other instance took the work over while it ran")
                .isAfter(leasedUntil.plusSeconds(5));

        long pending = relay.pendingCount();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                StepChanged.of(id, "test.step", "messaging-test", StepStatus.RUNNING, 1, "after the stop")));
        relay.kick();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> relay.pendingCount() == pending + 1);
    }

    private StepStatus status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, STEP).map(state -> state.status).orElse(null));
    }

    private Instant leaseUntil(String id) {
        Number epochMillis = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select extract(epoch from lease_until) * 1000 from step_work where onboarding_id = :id")
                .setParameter("id", id).getSingleResult());
        return Instant.ofEpochMilli(epochMillis.longValue());
    }

    private boolean claimed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select 1 from step_work where onboarding_id = :id and lease_owner is not null")
                .setParameter("id", id).getResultList().isEmpty());
    }
}
