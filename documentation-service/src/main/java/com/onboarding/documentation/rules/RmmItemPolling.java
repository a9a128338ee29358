package com.onboarding.documentation.rules;

import com.onboarding.messaging.engine.Backoff;
import java.time.Duration;

/**
 * How long to wait for the RMM agent's configuration items: the first look again after {@code first}, each wait
 * twice the last up to {@code max}, at most {@code checks} looks; then a person is told what is missing.
 */
public record RmmItemPolling(Duration first, Duration max, int checks) {

    /** The wait after look number {@code done} (1 for the first look). */
    public Duration delayAfter(int done) {
        return new Backoff(first, max).delayAfter(Math.max(done, 1));
    }

    public boolean givesUpAfter(int done) {
        return done >= checks;
    }

    /** About how long all the looks together take. */
    public Duration window() {
        Duration total = Duration.ZERO;
        for (int i = 1; i < checks; i++) {
            total = total.plus(delayAfter(i));
        }
        return total;
    }

    public static String missing(String company, long companyId, int checks, Duration window) {
        return "No configuration item from the RMM agent appeared in Autotask for " + company + " (company " + companyId
                + ") in " + checks + " looks over " + minutes(window) + " after the RMM setup was confirmed. Check that"
                + " the Datto RMM agent is installed on the customer's devices and the RMM site is linked to this Autotask"
                + " company, then retry.";
    }

    private static String minutes(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }
}
