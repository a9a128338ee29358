package com.onboarding.contract.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Procedure II, recurring tickets: Autotask's API has no recurring-ticket templates, so the suite repeats them itself.
 * An occurrence is due every {@code everyMonths} months from the service start (same day of month, or the month's last
 * day when shorter), and none is due after the contract ends.
 */
public final class Recurrence {

    private Recurrence() {
    }

    public static Optional<LocalDate> occurrence(LocalDate serviceStart, int everyMonths, int index, LocalDate contractEnd) {
        LocalDate due = serviceStart.plusMonths((long) everyMonths * index);
        return due.isAfter(contractEnd) ? Optional.empty() : Optional.of(due);
    }
}
