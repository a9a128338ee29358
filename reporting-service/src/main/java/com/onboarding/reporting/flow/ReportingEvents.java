package com.onboarding.reporting.flow;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.messaging.OnboardingContext;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import com.onboarding.reporting.rules.ReportSteps;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events reporting-service consumes: ContractCreated starts section III; for a reports.* step, StepRetryRequested
 * re-runs it, StepConfirmed (with evidence) finishes a schedule waiting for a person, StepSkipped skips it. Each event is taken once
 * (inbox); the steps then run outside the inbox's transaction.
 */
@ApplicationScoped
public class ReportingEvents {

    private final Inbox inbox;
    private final ReportingFlow flow;

    public ReportingEvents(Inbox inbox, ReportingFlow flow) {
        this.inbox = inbox;
        this.flow = flow;
    }

    @Incoming("contract-created")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onContractCreated(ConsumerRecord<String, String> record) {
        ReceivedEvent<ContractCreated> event = IncomingEvents.read(record, ContractCreated.class);
        AtomicBoolean run = new AtomicBoolean();
        inbox.once(event, contract -> run.set(flow.accept(contract)));
        if (run.get()) {
            OnboardingContext.run(event.onboardingId(), () -> flow.advance(event.onboardingId()));
        }
    }

    @Incoming("step-confirmed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepConfirmed(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepConfirmed> event = IncomingEvents.read(record, StepConfirmed.class);
        if (ReportSteps.owns(event.data().step()) && inbox.once(event, confirmed -> {
        })) {
            OnboardingContext.run(event.onboardingId(), () -> flow.confirmed(event.data()));
        }
    }

    @Incoming("step-skipped")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepSkipped(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepSkipped> event = IncomingEvents.read(record, StepSkipped.class);
        if (ReportSteps.owns(event.data().step()) && inbox.once(event, skipped -> {
        })) {
            OnboardingContext.run(event.onboardingId(), () -> flow.skipped(event.data()));
        }
    }

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepRetryRequested(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepRetryRequested> event = IncomingEvents.read(record, StepRetryRequested.class);
        if (!ReportSteps.owns(event.data().step())) {
            return;
        }
        if (inbox.once(event, retry -> {
        })) {
            StepRetryRequested retry = event.data();
            OnboardingContext.run(retry.onboardingId(), () -> flow.retryRequested(retry.onboardingId(), retry.step(),
                    retry.requestedBy()));
        }
    }
}
