package com.onboarding.messaging.engine;

/**
 * One claimed piece of step work: {@code attempt} counts the tries since the last success (1 = first), {@code checks}
 * the waits already done ({@link StepResult#waitAgain}).
 */
public record StepJob(String onboardingId, String step, int attempt, int checks) {
}
