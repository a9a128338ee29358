package com.onboarding.events.steps;

/** What a step waits for before it can finish. */
public enum StepKind {
    /** Runs by itself as soon as what it needs exists. */
    AUTOMATIC,
    /** Waits for an event of another service or of another system (a signature, a setup, an agent's items). */
    WAITS_FOR_EVENT,
    /** Waits for a person, who confirms it with evidence. */
    WAITS_FOR_PERSON,
    /** Waits for a date. */
    TIMER
}
