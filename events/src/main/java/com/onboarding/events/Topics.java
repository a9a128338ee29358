package com.onboarding.events;

/** Kafka topic names: one topic per event type, keyed by onboarding id. */
public final class Topics {
    public static final String CONTRACT_SIGNED = "onboarding.contract-signed";
    public static final String CONTRACT_CREATED = "onboarding.contract-created";
    public static final String SETUP_COMPLETED = "onboarding.setup-completed";
    public static final String GO_LIVE_REACHED = "onboarding.go-live-reached";
    public static final String STEP_CHANGED = "onboarding.step-changed";
    public static final String STEP_RETRY_REQUESTED = "onboarding.step-retry-requested";
    public static final String STEP_CONFIRMED = "onboarding.step-confirmed";
    public static final String STEP_SKIPPED = "onboarding.step-skipped";
    public static final String GO_LIVE_DATE_SET = "onboarding.go-live-date-set";

    /** Dead letters of one service's consumers: {@code onboarding.dead-letter.<service>}. */
    public static String deadLetter(String service) {
        return "onboarding.dead-letter." + service;
    }

    public static final String DEAD_LETTER_PREFIX = "onboarding.dead-letter.";

    private Topics() {
    }
}
