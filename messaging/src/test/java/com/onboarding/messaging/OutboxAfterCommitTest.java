package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the relay's timer an hour apart, events still leave right after their transaction commits. */
@QuarkusTest
@TestProfile(OutboxAfterCommitTest.TimerAnHourApart.class)
@QuarkusTestResource(RealInfrastructure.class)
class OutboxAfterCommitTest {

    public static class TimerAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onboarding.outbox.interval", "1h");
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void events_leave_when_their_transaction_commits_without_waiting_for_the_timer() {
        String onboarding = "kick-" + UUID.randomUUID();
        for (int n = 1; n <= 3; n++) {
            int attempt = n;
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                    StepChanged.of(onboarding, "test.step", "messaging-test", StepStatus.RUNNING, attempt, "n " + attempt)));
        }

        var records = EventBus.awaitRecords(Topics.STEP_CHANGED,
                all -> all.stream().filter(r -> onboarding.equals(r.key())).count() >= 3, Duration.ofSeconds(30));

        assertThat(records.stream().filter(r -> onboarding.equals(r.key())))
                .extracting(r -> com.onboarding.events.EventJson.read(r.value(), StepChanged.class).attempt())
                .containsExactly(1, 2, 3);
    }
}
