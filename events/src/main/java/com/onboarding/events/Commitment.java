package com.onboarding.events;

/** The agreement's commitment term: month to month, or an annual commitment. */
public enum Commitment {
    MONTHLY, ANNUAL
}
