package com.onboarding.clients.autotask;

import java.time.Duration;

/**
 * A token bucket that keeps this integration well under the tenant's hourly request limit: up to {@code burst}
 * calls at once, then {@code perHour} per hour. {@link #acquire()} waits for a token.
 */
final class HourlyBudget {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long last;

    HourlyBudget(int perHour, int burst) {
        this.capacity = Math.max(1, burst);
        this.tokensPerNano = perHour / (double) Duration.ofHours(1).toNanos();
        this.tokens = capacity;
        this.last = System.nanoTime();
    }

    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return;
            }
            wait = (long) ((1 - tokens) / tokensPerNano);
            tokens -= 1;
        }
        Thread.sleep(Duration.ofNanos(wait).toMillis() + 1);
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
        last = now;
    }
}
