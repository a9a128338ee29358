package com.onboarding.backupsetup.flow;

import com.onboarding.backupsetup.BackupSetupProcedure;
import com.onboarding.backupsetup.notes.ProgressNotes;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.StepChanged;
import com.onboarding.messaging.engine.ProcedureInput;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What backup-setup-service consumes: on one channel ContractCreated and the staff commands of backup.* steps,
 * applied once each by {@link BackupSetupProcedure} in the inbox transaction (the work runs after the commit, on the
 * step engine); and the other services' StepChanged, kept as notes for the backup ticket ({@link ProgressNotes}).
 * A database outage of up to about two minutes is waited out, not dead-lettered.
 */
@ApplicationScoped
@Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
@ExponentialBackoff(maxDelay = 10_000)
public class BackupEvents {

    private final ProcedureInput input;
    private final BackupSetupProcedure procedure;
    private final ProgressNotes notes;

    public BackupEvents(ProcedureInput input, BackupSetupProcedure procedure, ProgressNotes notes) {
        this.input = input;
        this.procedure = procedure;
        this.notes = notes;
    }

    @Incoming("backup-setup-procedure")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        input.accept(record, procedure);
    }

    /** Kept in the inbox transaction; written on the ticket right after it (outside any transaction) or later. */
    @Incoming("step-changed")
    @Blocking
    public void onStepChanged(ConsumerRecord<String, String> record) {
        ReceivedEvent<StepChanged> event = IncomingEvents.read(record, StepChanged.class);
        if (notes.noteworthy(event.eventId(), event.data()) && notes.keep(event)) {
            notes.writePending();
        }
    }
}
