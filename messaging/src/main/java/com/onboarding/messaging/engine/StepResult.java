package com.onboarding.messaging.engine;

import java.time.Duration;

/** How a step's work ended, recorded by the engine in one transaction with {@code record} (state, events). */
public sealed interface StepResult {

    Runnable NOTHING = () -> {
    };

    /** What to record with the result; runs inside the recording transaction. */
    Runnable record();

    record Done(String message, Runnable record) implements StepResult {
    }

    /** The step is not due yet (waits for an event): shown PENDING with why, and the work ends. */
    record Pending(String message, Runnable record) implements StepResult {
    }

    /** Look again after {@code after} (a wait for something in another system): PENDING, the work stays. */
    record WaitAgain(Duration after, String message, Runnable record) implements StepResult {
    }

    /**
     * The step waits for a person (shown WAITING_FOR_PERSON with what they must do); the work ends, and the person's
     * confirmation (StepConfirmed, with evidence) finishes the step.
     */
    record WaitForPerson(String message, Runnable record) implements StepResult {
    }

    static StepResult waitForPerson(String message) {
        return new WaitForPerson(message, NOTHING);
    }

    static StepResult waitForPerson(String message, Runnable record) {
        return new WaitForPerson(message, record);
    }

    static StepResult done(String message) {
        return new Done(message, NOTHING);
    }

    static StepResult done(String message, Runnable record) {
        return new Done(message, record);
    }

    static StepResult pending(String message) {
        return new Pending(message, NOTHING);
    }

    static StepResult waitAgain(Duration after, String message) {
        return new WaitAgain(after, message, NOTHING);
    }
}
