package com.onboarding.events;

/**
 * A step of an onboarding changed status.
 *
 * @param step    the stable step id, e.g. {@code contract.recurring}
 * @param owner   the service that owns the step
 * @param attempt how many times the step has been attempted so far
 * @param message what a person should know: the reason of a failure, skip or needs-attention, or what was done
 */
public record StepChanged(int schemaVersion, String onboardingId, String step, String owner, StepStatus status,
        int attempt, String message) implements OnboardingEvent {

    public static StepChanged of(String onboardingId, String step, String owner, StepStatus status, int attempt,
            String message) {
        return new StepChanged(CurrentSchema.VERSION, onboardingId, step, owner, status, attempt, message);
    }
}
