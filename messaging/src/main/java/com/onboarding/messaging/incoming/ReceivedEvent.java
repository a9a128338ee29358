package com.onboarding.messaging.incoming;

import com.onboarding.events.OnboardingEvent;
import java.time.OffsetDateTime;

/** A consumed event: its CloudEvent attributes and its data. */
public record ReceivedEvent<T extends OnboardingEvent>(String eventId, String type, String source, OffsetDateTime time,
        T data) {

    public String onboardingId() {
        return data.onboardingId();
    }
}
