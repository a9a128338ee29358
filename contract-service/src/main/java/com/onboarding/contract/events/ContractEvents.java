package com.onboarding.contract.events;

import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.staff.StaffCommands;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.OnboardingEvent;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.steps.Section;
import com.onboarding.events.steps.Step;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events contract-service consumes, each applied once (inbox) in a short transaction that only records what is
 * known and which step work is due ({@link ContractProcedure}); Autotask is called after the commit by the step
 * engine, so an Autotask outage never holds, fails or dead-letters a record. A database outage of up to about two
 * minutes is waited out (retries with backoff); poison goes to the dead-letter topic.
 */
@ApplicationScoped
public class ContractEvents {

    private final Inbox inbox;
    private final ContractProcedure procedure;
    private final StaffCommands staff;

    public ContractEvents(Inbox inbox, ContractProcedure procedure, StaffCommands staff) {
        this.inbox = inbox;
        this.procedure = procedure;
        this.staff = staff;
    }

    @Incoming("contract-signed")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void contractSigned(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, ContractSigned.class),
                event -> procedure.contractSigned(event.onboardingId(), event.terms()));
    }

    @Incoming("setup-completed")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void setupCompleted(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, SetupCompleted.class), event -> procedure.setupCompleted(event.onboardingId(),
                event.service(), event.serviceStart(), event.confirmedBy(), event.instructionsUrl()));
    }

    @Incoming("go-live-date-set")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void goLiveDateSet(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, GoLiveDateSet.class),
                event -> procedure.goLive(event.onboardingId(), Optional.of(event.goLiveDate())));
    }

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void stepRetryRequested(ConsumerRecord<String, String> record) {
        ofContractStep(IncomingEvents.read(record, StepRetryRequested.class), StepRetryRequested::step, staff::retry);
    }

    @Incoming("step-confirmed")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void stepConfirmed(ConsumerRecord<String, String> record) {
        ofContractStep(IncomingEvents.read(record, StepConfirmed.class), StepConfirmed::step, staff::confirmed);
    }

    @Incoming("step-skipped")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void stepSkipped(ConsumerRecord<String, String> record) {
        ofContractStep(IncomingEvents.read(record, StepSkipped.class), StepSkipped::step, staff::skipped);
    }

    /** A staff command is taken (once) only when it names a contract step. */
    private <T extends OnboardingEvent> void ofContractStep(ReceivedEvent<T> received, Function<T, String> step,
            Consumer<T> command) {
        if (Step.isIn(step.apply(received.data()), Section.CONTRACT)) {
            inbox.once(received, command);
        }
    }
}
