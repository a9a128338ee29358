package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.GoLiveReached;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.outbox.OutboxRelay;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void events_committed_while_kafka_is_down_are_delivered_once_in_order_when_it_returns() {
        String onboarding = "outbox-" + UUID.randomUUID();
        RealInfrastructure.kafka().stop();
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                int n = attempt;
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                        StepChanged.of(onboarding, "test.step", "messaging-test", StepStatus.RUNNING, n, "attempt " + n)));
            }
            assertThat(relay.pendingCount()).isGreaterThanOrEqualTo(5);
        } finally {
            RealInfrastructure.kafka().start();
        }

        List<ConsumerRecord<String, String>> records = EventBus.awaitRecords(Topics.STEP_CHANGED,
                all -> all.stream().filter(r -> onboarding.equals(r.key())).count() >= 5, Duration.ofSeconds(90));

        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> onboarding.equals(r.key())).toList();
        assertThat(mine).hasSize(5);
        assertThat(mine).extracting(r -> EventBus.header(r, "ce_id")).doesNotHaveDuplicates();
        assertThat(mine).extracting(r -> com.onboarding.events.EventJson.read(r.value(), StepChanged.class).attempt())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(mine).extracting(r -> EventBus.header(r, "ce_type")).containsOnly("com.onboarding.StepChanged");
    }

    @Test
    void an_event_of_a_rolled_back_transaction_is_never_published() {
        String onboarding = "rollback-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(GoLiveReached.of(onboarding, LocalDate.of(2026, 12, 1)));
                throw new IllegalStateException("state change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String marker = "marker-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(GoLiveReached.of(marker, LocalDate.of(2026, 12, 1))));

        List<ConsumerRecord<String, String>> records = EventBus.awaitRecords(Topics.GO_LIVE_REACHED,
                all -> all.stream().anyMatch(r -> marker.equals(r.key())), Duration.ofSeconds(60));

        assertThat(records).noneMatch(r -> onboarding.equals(r.key()));
    }
}
