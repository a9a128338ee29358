package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.GoLiveReached;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class InboxTest {

    @Inject
    GoLiveTestConsumer consumer;

    @Test
    void the_same_event_delivered_twice_has_one_effect() {
        String onboarding = "inbox-" + UUID.randomUUID();
        GoLiveReached event = GoLiveReached.of(onboarding, LocalDate.of(2026, 12, 1));
        String id = EventBus.send(event);
        EventBus.resend(event, id);
        String other = EventBus.send(GoLiveReached.of(onboarding, LocalDate.of(2026, 12, 2)));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(onboarding) == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> effects(onboarding) == 2);
        assertThat(other).isNotEqualTo(id);
    }

    private long effects(String onboarding) {
        return QuarkusTransaction.requiringNew().call(() -> consumer.effects(onboarding));
    }
}
