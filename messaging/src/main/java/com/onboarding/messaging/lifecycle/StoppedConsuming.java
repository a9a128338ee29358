package com.onboarding.messaging.lifecycle;

/** The service is stopping: this event is not applied now; its record stays unacknowledged and comes again. */
public class StoppedConsuming extends RuntimeException {

    public StoppedConsuming() {
        super("The service is stopping; the event is applied after the restart", null, false, false);
    }
}
