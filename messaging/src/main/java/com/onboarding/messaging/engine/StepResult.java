package com.onboarding.messaging.engine;

import java.time.Duration;
import java.time.OffsetDateTime;

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
     * The step waits for a person (shown WAITING_FOR_PERSON with what the person must do). With {@code after} (or an
     * agent a person deploys) the work stays and looks again after it, a staff confirm may finish it sooner; without
     * ({@code null}) the work ends and the person's confirmation (StepConfirmed, with evidence) finishes the step.
     */
    record WaitForPerson(Duration after, String message, Runnable record) implements StepResult {
    }

    /** Waits for a person's confirmation only: nothing to look at in another system. */
    static StepResult waitForPerson(String message) {
        return new WaitForPerson(null, message, NOTHING);
    }

    static StepResult waitForPerson(String message, Runnable record) {
        return new WaitForPerson(null, message, record);
    }

    /**
     * The step is done for now and its work runs again at {@code next} (a recurring timer, e.g. the next due
     * recurring ticket): DONE, the work stays; a fault on a later run shows FAILED until it succeeds again.
     */
    record DoneUntil(String message, OffsetDateTime next, Runnable record) implements StepResult {
    }

    static StepResult done(String message) {
        return new Done(message, NOTHING);
    }

    static StepResult done(String message, Runnable record) {
        return new Done(message, record);
    }

    static StepResult doneUntil(String message, OffsetDateTime next, Runnable record) {
        return new DoneUntil(message, next, record);
    }

    static StepResult pending(String message) {
        return new Pending(message, NOTHING);
    }

    static StepResult waitAgain(Duration after, String message) {
        return new WaitAgain(after, message, NOTHING);
    }

    static StepResult waitForPerson(Duration after, String message) {
        return new WaitForPerson(after, message, NOTHING);
    }

    static StepResult waitForPerson(Duration after, String message, Runnable record) {
        return new WaitForPerson(after, message, record);
    }
}
