package com.onboarding.events;

import java.time.LocalDate;

/** The onboarding's go-live date has arrived. */
public record GoLiveReached(int schemaVersion, String onboardingId, LocalDate goLiveDate) implements OnboardingEvent {

    public static GoLiveReached of(String onboardingId, LocalDate goLiveDate) {
        return new GoLiveReached(CurrentSchema.VERSION, onboardingId, goLiveDate);
    }
}
