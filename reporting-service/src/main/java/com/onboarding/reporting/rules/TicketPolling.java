package com.onboarding.reporting.rules;

import java.time.Duration;

/** How often a technician ticket is checked: soon at first, then less and less often (doubling, capped). */
public final class TicketPolling {

    private TicketPolling() {
    }

    public static Duration nextInterval(Duration current, Duration first, Duration max) {
        if (current == null || current.isZero() || current.isNegative()) {
            return first;
        }
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
