package com.onboarding.events;

/** The schema version this build writes and reads. A consumer refuses (dead-letters) any other version. */
public final class CurrentSchema {
    public static final int VERSION = 1;

    private CurrentSchema() {
    }
}
