package com.onboarding.messaging.outbox;

import com.onboarding.events.EventJson;
import com.onboarding.events.EventType;
import com.onboarding.events.OnboardingEvent;
import com.onboarding.messaging.tracing.Traceparent;
import com.onboarding.messaging.tracing.Traces;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes an event as part of the caller's transaction: it is stored with the state change and goes to Kafka
 * only once that transaction commits (see {@link OutboxRelay}). Nothing is lost if Kafka is down, and nothing is
 * published for a change that rolled back.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final OutboxRelay relay;

    public Outbox(Clock clock, OutboxRelay relay) {
        this.clock = clock;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OnboardingEvent event) {
        EventType type = EventType.of(event);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = type.topic();
        row.eventType = type.cloudEventType();
        row.onboardingId = event.onboardingId();
        row.payload = EventJson.write(event);
        row.occurredAt = OffsetDateTime.now(clock);
        row.traceparent = Traceparent.ofCurrentSpan();
        Span.current().setAttribute(Traces.ONBOARDING_ID, event.onboardingId());
        row.persist();
        relay.afterCommit();
        return row.eventId;
    }
}
