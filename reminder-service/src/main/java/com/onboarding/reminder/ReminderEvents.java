package com.onboarding.reminder;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events reminder-service consumes, each applied once (inbox) in milliseconds: they only record state and
 * intent ({@link RemindersProcedure}); the Power Automate call runs after the commit. A database outage of up to
 * about two minutes is waited out (retries with backoff), not dead-lettered.
 */
@ApplicationScoped
public class ReminderEvents {

    private final Inbox inbox;
    private final RemindersProcedure procedure;

    public ReminderEvents(Inbox inbox, RemindersProcedure procedure) {
        this.inbox = inbox;
        this.procedure = procedure;
    }

    @Incoming("contract-created")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void contractCreated(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, ContractCreated.class), procedure::contractCreated);
    }

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void retry(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepRetryRequested> received = IncomingEvents.read(record, StepRetryRequested.class);
        if (RemindersProcedure.STEP.equals(received.data().step())) {
            inbox.once(received, event -> procedure.retry(event.onboardingId()));
        }
    }

    @Incoming("step-confirmed")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void confirmed(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepConfirmed> received = IncomingEvents.read(record, StepConfirmed.class);
        if (RemindersProcedure.STEP.equals(received.data().step())) {
            inbox.once(received, procedure::confirmed);
        }
    }

    @Incoming("step-skipped")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void skipped(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepSkipped> received = IncomingEvents.read(record, StepSkipped.class);
        if (RemindersProcedure.STEP.equals(received.data().step())) {
            inbox.once(received, procedure::skipped);
        }
    }
}
