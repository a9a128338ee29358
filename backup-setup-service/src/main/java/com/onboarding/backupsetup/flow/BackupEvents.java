package com.onboarding.backupsetup.flow;

import com.onboarding.backupsetup.notes.ProgressNotes;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.messaging.OnboardingContext;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events backup-setup-service consumes: ContractCreated starts section VI; StepRetryRequested for a backup.*
 * step runs it again (for backup.done: checks the checklist at once); StepConfirmed of backup.done checks the
 * checklist at once with the person's evidence; StepSkipped skips a backup.* step; StepChanged of the other services' steps
 * become notes on the backup ticket. Each event is taken once (inbox); the steps then run outside its transaction.
 */
@ApplicationScoped
public class BackupEvents {

    private final Inbox inbox;
    private final BackupFlow flow;
    private final ProgressNotes notes;
    private final ChecklistPolling polling;

    public BackupEvents(Inbox inbox, BackupFlow flow, ProgressNotes notes, ChecklistPolling polling) {
        this.inbox = inbox;
        this.flow = flow;
        this.notes = notes;
        this.polling = polling;
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

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepRetryRequested(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepRetryRequested> event = IncomingEvents.read(record, StepRetryRequested.class);
        if (!BackupSteps.owns(event.data().step())) {
            return;
        }
        if (inbox.once(event, retry -> {
        })) {
            OnboardingContext.run(event.onboardingId(), () -> {
                if (BackupSteps.DONE.equals(event.data().step())) {
                    polling.checkNow(event.onboardingId());
                }
                flow.advance(event.onboardingId());
            });
        }
    }

    @Incoming("step-confirmed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepConfirmed(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepConfirmed> event = IncomingEvents.read(record, StepConfirmed.class);
        if (BackupSteps.DONE.equals(event.data().step()) && inbox.once(event, confirmed -> {
        })) {
            OnboardingContext.run(event.onboardingId(), () -> polling.confirmed(event.data()));
        }
    }

    @Incoming("step-skipped")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepSkipped(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepSkipped> event = IncomingEvents.read(record, StepSkipped.class);
        if (BackupSteps.owns(event.data().step()) && inbox.once(event, skipped -> {
        })) {
            OnboardingContext.run(event.onboardingId(), () -> flow.skipped(event.data(), polling));
        }
    }

    @Incoming("step-changed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void onStepChanged(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepChanged> event = IncomingEvents.read(record, StepChanged.class);
        if (!notes.noteworthy(event.eventId(), event.data())) {
            return;
        }
        if (inbox.once(event, change -> notes.received(event.eventId(), change))) {
            OnboardingContext.run(event.onboardingId(), notes::writePending);
        }
    }
}
