package com.onboarding.gateway.onboarding;

/**
 * The gateway's projection of an onboarding changed: a step's status ({@code step}, {@code status}), or its
 * timeline (both null). Fired inside the projection's transaction, delivered to watchers once it committed.
 */
public record OnboardingChanged(String onboardingId, String step, String status) {
}
