package com.onboarding.events;

/** Operating systems of the customer's managed computers; chooses the reminder text. */
public enum Platforms {
    WINDOWS, MAC, BOTH
}
