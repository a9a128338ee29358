package com.onboarding.events;

/** An administrator decided through the gateway that a step is not to be done for this onboarding, and why. */
public record StepSkipped(int schemaVersion, String onboardingId, String step, String skippedBy, String reason)
        implements OnboardingEvent {

    public static StepSkipped of(String onboardingId, String step, String skippedBy, String reason) {
        return new StepSkipped(CurrentSchema.VERSION, onboardingId, step, skippedBy, reason);
    }

    /** The message a skipped step shows. */
    public String message() {
        return "Skipped by " + skippedBy + ": " + reason;
    }
}
