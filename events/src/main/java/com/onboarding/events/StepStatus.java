package com.onboarding.events;

/** Where one step of an onboarding stands. */
public enum StepStatus {
    PENDING, RUNNING, WAITING_FOR_PERSON, NEEDS_ATTENTION, FAILED, DONE, SKIPPED;

    public boolean isFinal() {
        return this == DONE || this == SKIPPED;
    }
}
