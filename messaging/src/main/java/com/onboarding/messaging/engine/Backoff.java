package com.onboarding.messaging.engine;

import java.time.Duration;

/** Doubling delays from {@code initial}, never above {@code cap}; attempt 1 waits {@code initial}. */
public record Backoff(Duration initial, Duration cap) {

    public Duration delayAfter(int attempt) {
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
