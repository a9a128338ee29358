package com.onboarding.contract.events;

import com.onboarding.events.steps.Section;
import com.onboarding.events.steps.Step;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.ContractWorkflow;
import com.onboarding.contract.golive.GoLiveTimers;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The events contract-service consumes; each is applied once (inbox) and poison goes to the dead-letter topic. */
@ApplicationScoped
public class ContractEvents {

    private final Inbox inbox;
    private final ContractWorkflow workflow;
    private final GoLiveTimers goLive;

    public ContractEvents(Inbox inbox, ContractWorkflow workflow, GoLiveTimers goLive) {
        this.inbox = inbox;
        this.workflow = workflow;
        this.goLive = goLive;
    }

    @Incoming("contract-signed")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = MalformedEventException.class)
    public void contractSigned(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, ContractSigned.class), event -> workflow.contractSigned(event.onboardingId(),
                event.terms()));
    }

    @Incoming("setup-completed")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = MalformedEventException.class)
    public void setupCompleted(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, SetupCompleted.class), event -> workflow.setupCompleted(event.onboardingId(),
                event.service(), event.serviceStart(), event.confirmedBy(), event.instructionsUrl()));
    }

    @Incoming("go-live-date-set")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = MalformedEventException.class)
    public void goLiveDateSet(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, GoLiveDateSet.class), event -> goLive.reschedule(event.onboardingId(),
                Optional.of(event.goLiveDate())));
    }

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = MalformedEventException.class)
    public void stepRetryRequested(ConsumerRecord<String, String> record) {
        var received = IncomingEvents.read(record, StepRetryRequested.class);
        if (Step.isIn(received.data().step(), Section.CONTRACT)) {
            inbox.once(received, event -> workflow.retry(event.onboardingId(), event.step()));
        }
    }
}
