package com.onboarding.reporting.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.reporting.RecipientsDatabase;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two reporting-service instances: one runs the ticket watch at a time; the other takes over when it stopped. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(RecipientsDatabase.class)
class WatchLeaseTest {

    @Inject
    EntityManager entityManager;

    @Test
    void one_instance_runs_the_watch_and_another_takes_over_when_its_lease_ended() {
        String watch = "test-watch-" + UUID.randomUUID();
        Duration lease = Duration.ofMinutes(3);
        WatchLease first = new WatchLease(entityManager, lease);
        WatchLease second = new WatchLease(entityManager, lease);
        OffsetDateTime now = OffsetDateTime.now();

        assertThat(take(first, watch, now)).isTrue();
        assertThat(take(second, watch, now.plusSeconds(1))).as("held by the first").isFalse();
        assertThat(take(first, watch, now.plusMinutes(2))).as("renewed by its next round").isTrue();
        assertThat(take(second, watch, now.plusMinutes(4))).as("still held: renewed").isFalse();
        assertThat(take(second, watch, now.plusMinutes(5).plusSeconds(1))).as("the first stopped").isTrue();
        assertThat(take(first, watch, now.plusMinutes(5).plusSeconds(2))).isFalse();
    }

    private static boolean take(WatchLease lease, String watch, OffsetDateTime now) {
        return QuarkusTransaction.requiringNew().call(() -> lease.take(watch, now));
    }
}
