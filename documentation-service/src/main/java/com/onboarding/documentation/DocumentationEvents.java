package com.onboarding.documentation;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.GoLiveReached;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events documentation-service consumes, each applied once (inbox); a database outage of up to about two
 * minutes is waited out (retries with backoff), not dead-lettered. ContractCreated events are handled
 * concurrently (not in partition order): two onboardings that finish at the same moment edit the MSA list at the
 * same time, which the eTag check makes safe.
 */
@ApplicationScoped
public class DocumentationEvents {

    private final Inbox inbox;
    private final DocumentationFlow flow;

    public DocumentationEvents(Inbox inbox, DocumentationFlow flow) {
        this.inbox = inbox;
        this.flow = flow;
    }

    @Incoming("contract-created")
    @io.smallrye.reactive.messaging.annotations.Blocking(ordered = false)
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void contractCreated(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, ContractCreated.class), flow::contractCreated);
    }

    @Incoming("setup-completed")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void setupCompleted(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, SetupCompleted.class), flow::setupCompleted);
    }

    @Incoming("go-live-reached")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void goLiveReached(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, GoLiveReached.class), flow::goLiveReached);
    }

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void retry(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepRetryRequested> received = IncomingEvents.read(record, StepRetryRequested.class);
        if (DocumentationFlow.STEPS.contains(received.data().step())) {
            inbox.once(received, event -> flow.retry(event.onboardingId(), event.step()));
        }
    }
}
