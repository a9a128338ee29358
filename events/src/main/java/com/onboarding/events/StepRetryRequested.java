package com.onboarding.events;

/** A person asked (through the gateway) that a failed or needs-attention step be tried again. */
public record StepRetryRequested(int schemaVersion, String onboardingId, String step, String requestedBy)
        implements OnboardingEvent {

    public static StepRetryRequested of(String onboardingId, String step, String requestedBy) {
        return new StepRetryRequested(CurrentSchema.VERSION, onboardingId, step, requestedBy);
    }
}
