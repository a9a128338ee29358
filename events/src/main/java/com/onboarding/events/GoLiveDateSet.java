package com.onboarding.events;

import java.time.LocalDate;

/** Staff set or changed the go-live date through the gateway; contract-service's go-live timer follows it. */
public record GoLiveDateSet(int schemaVersion, String onboardingId, LocalDate goLiveDate, String setBy)
        implements OnboardingEvent {

    public static GoLiveDateSet of(String onboardingId, LocalDate goLiveDate, String setBy) {
        return new GoLiveDateSet(CurrentSchema.VERSION, onboardingId, goLiveDate, setBy);
    }
}
