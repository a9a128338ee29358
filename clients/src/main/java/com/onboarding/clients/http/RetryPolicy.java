package com.onboarding.clients.http;

import java.time.Duration;

/**
 * Exponential backoff with a cap; a server's Retry-After wins when it asks for longer (never beyond
 * {@code maxRetryAfter}).
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /** How long to wait before attempt {@code nextAttempt} (2 for the first retry). */
    public Duration delayBefore(int nextAttempt, Duration retryAfter) {
        long exponential = initialBackoff.toMillis() * (1L << Math.min(nextAttempt - 2, 20));
        Duration backoff = Duration.ofMillis(Math.min(exponential, maxBackoff.toMillis()));
        if (retryAfter == null) {
            return backoff;
        }
        Duration asked = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        return asked.compareTo(backoff) > 0 ? asked : backoff;
    }
}
