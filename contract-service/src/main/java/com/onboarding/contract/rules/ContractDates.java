package com.onboarding.contract.rules;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Procedure I.5 and I.6: the contract starts on the first of the month in which services begin, and ends "as close
 * as possible to 1.5 years into the future".
 *
 * <p>We end it on the <b>last day of the 18th month</b> (2026-12-01 → 2028-05-31): that is exactly 18 whole monthly
 * billing periods, the nearest a monthly contract can get to 1.5 years, so the last invoice covers a full month
 * and no period is cut short. Month lengths and leap years need no special case because the start is always a first.
 */
public final class ContractDates {

    public static final int TERM_MONTHS = 18;

    private ContractDates() {
    }

    public static LocalDate startDate(LocalDate servicesBegin) {
        return servicesBegin.withDayOfMonth(1);
    }

    public static LocalDate endDate(LocalDate start) {
        return start.withDayOfMonth(1).plusMonths(TERM_MONTHS - 1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
