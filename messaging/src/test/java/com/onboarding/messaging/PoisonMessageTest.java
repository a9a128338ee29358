package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.GoLiveReached;
import com.onboarding.events.Topics;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PoisonMessageTest {

    @Inject
    GoLiveTestConsumer consumer;

    @Test
    void bad_json_goes_to_the_dead_letter_topic_and_the_next_message_is_processed() {
        String poisoned = "poison-" + UUID.randomUUID();
        String healthy = "healthy-" + UUID.randomUUID();
        EventBus.sendRaw(Topics.GO_LIVE_REACHED, poisoned, "{this is not json",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "com.onboarding.GoLiveReached"));
        EventBus.sendRaw(Topics.GO_LIVE_REACHED, poisoned,
                "{\"schemaVersion\":7,\"onboardingId\":\"" + poisoned + "\",\"goLiveDate\":\"2026-12-01\"}",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "com.onboarding.GoLiveReached"));
        EventBus.send(GoLiveReached.of(healthy, LocalDate.of(2026, 12, 1)));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> consumer.effects(healthy)) == 1);
        List<ConsumerRecord<String, String>> deadLetters = EventBus.awaitRecords(Topics.deadLetter("messaging-test"),
                all -> all.stream().filter(r -> poisoned.equals(r.key())).count() >= 2, Duration.ofSeconds(60));

        List<ConsumerRecord<String, String>> mine = deadLetters.stream().filter(r -> poisoned.equals(r.key())).toList();
        assertThat(mine).extracting(r -> EventBus.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("Not a valid GoLiveReached"))
                .anySatisfy(reason -> assertThat(reason).contains("Unsupported schema version 7"));
        assertThat(mine).extracting(r -> EventBus.header(r, "dead-letter-topic")).containsOnly(Topics.GO_LIVE_REACHED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> consumer.effects(poisoned))).isZero();
    }
}
