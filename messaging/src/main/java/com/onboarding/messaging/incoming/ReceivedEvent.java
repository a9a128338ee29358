package com.onboarding.messaging.incoming;

import com.onboarding.events.OnboardingEvent;
import java.time.OffsetDateTime;

/**
 * A consumed event: its CloudEvent attributes, its data, and the W3C {@code traceparent} it was published in (null
 * when the record carried none).
 */
public record ReceivedEvent<T extends OnboardingEvent>(String eventId, String type, String source, OffsetDateTime time,
        T data, String traceparent) {

    public ReceivedEvent(String eventId, String type, String source, OffsetDateTime time, T data) {
        this(eventId, type, source, time, data, null);
    }

    public String onboardingId() {
        return data.onboardingId();
    }
}
