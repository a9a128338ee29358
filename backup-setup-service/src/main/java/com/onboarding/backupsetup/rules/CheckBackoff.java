package com.onboarding.backupsetup.rules;

import java.time.Duration;

/** How often a backup ticket's checklist is checked: soon at first, then less and less often (doubling, capped). */
public final class CheckBackoff {

    private CheckBackoff() {
    }

    public static Duration next(Duration current, Duration first, Duration max) {
        if (current == null || current.isZero() || current.isNegative()) {
            return first.compareTo(max) > 0 ? max : first;
        }
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
