package com.onboarding.reporting.dattormm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code limit} permits in any rolling window; {@link #waitTime()} says how long until the next one is free. */
public final class SlidingWindowLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> taken = new ArrayDeque<>();

    public SlidingWindowLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Takes a permit if one is free and returns zero; otherwise takes nothing and returns how long to wait. */
    public synchronized Duration tryTake() {
        Instant now = clock.instant();
        while (!taken.isEmpty() && !taken.peekFirst().isAfter(now.minus(window))) {
            taken.pollFirst();
        }
        if (taken.size() < limit) {
            taken.addLast(now);
            return Duration.ZERO;
        }
        return Duration.between(now, taken.peekFirst().plus(window));
    }

    /** Blocks until a permit is free, then takes it. */
    public void take() throws InterruptedException {
        while (true) {
            Duration wait = tryTake();
            if (wait.isZero()) {
                return;
            }
            Thread.sleep(Math.max(1, wait.toMillis()));
        }
    }
}
