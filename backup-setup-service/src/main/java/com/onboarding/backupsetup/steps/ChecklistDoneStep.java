package com.onboarding.backupsetup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.flow.BackupOnboarding;
import com.onboarding.backupsetup.rules.ChecklistCompletion;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.ServiceIdentity;
import com.onboarding.messaging.engine.Backoff;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepTracker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Step backup.done: waits for a person until every checklist item of the ticket is complete (looked at with the
 * engine's one {@link Backoff}, one Autotask call a look; a staff confirm or retry looks at once); then SetupCompleted
 * (backup) is put in the outbox once, with the service start ({@link ChecklistCompletion}) and the instructions link.
 * While the instructions are not published (nor skipped), a complete checklist waits for them, so the link always
 * reaches the recurring backup ticket, whichever finished first.
 */
@ApplicationScoped
public class ChecklistDoneStep implements StepWork {

    private static final Logger LOG = Logger.getLogger(ChecklistDoneStep.class);

    private final BackupTickets tickets;
    private final StepTracker steps;
    private final Outbox outbox;
    private final BackupConfig config;
    private final ServiceIdentity identity;
    private final Clock clock;
    private final Backoff looks;

    public ChecklistDoneStep(BackupTickets tickets, StepTracker steps, Outbox outbox, BackupConfig config,
            ServiceIdentity identity, Clock clock) {
        this.tickets = tickets;
        this.steps = steps;
        this.outbox = outbox;
        this.config = config;
        this.identity = identity;
        this.clock = clock;
        this.looks = new Backoff(config.polling().firstCheck(), config.polling().maxCheck());
    }

    @Override
    public String step() {
        return StepIds.BACKUP_DONE;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        BackupOnboarding onboarding = BackupOnboarding.snapshot(id);
        if (onboarding.ticketId == null) {
            return StepResult.pending("Waits for the backup ticket");
        }
        long ticketId = onboarding.ticketId;
        if (onboarding.setupCompletedAt != null) {
            return StepResult.done(completed(ticketId, onboarding.serviceStart, onboarding.confirmation));
        }
        List<ChecklistCompletion.Item> items = tickets.checklist(ticketId);
        if (!ChecklistCompletion.isComplete(items)) {
            String open = ChecklistCompletion.openItems(items) + " of " + items.size()
                    + " checklist items of Autotask ticket " + ticketId + " open";
            return StepResult.waitForPerson(looks.delayAfter(job.checks() + 1), onboarding.confirmation == null
                    ? "Waiting for a technician: " + open
                    : onboarding.confirmation + "; but " + open + ": tick them (with the service start) in Autotask");
        }
        LocalDate start = serviceStart(ticketId, items);
        if (onboarding.instructionsUrl == null && !instructionsSkipped(id)) {
            // the row stays: the instructions' result (or skip) makes it look again at once, else the next look does
            return new StepResult.WaitAgain(looks.delayAfter(job.checks() + 1), "Every checklist item of Autotask ticket "
                    + ticketId + " is complete (service start " + start + "); SetupCompleted waits for"
                    + " backup.instructions, so that the recurring backup tickets carry the instructions link: finish or"
                    + " skip that step", () -> remember(id, start));
        }
        return StepResult.done(completed(ticketId, start, onboarding.confirmation), () -> publishOnce(id, start));
    }

    private LocalDate serviceStart(long ticketId, List<ChecklistCompletion.Item> items) {
        JsonNode ticket = tickets.ticket(ticketId).orElseThrow(() -> new NeedsAttention(
                "Autotask ticket " + ticketId + " of the backup setup is gone"));
        String field = config.ticket().serviceStartField();
        ZoneId zone = ZoneId.of(config.timeZone());
        return ChecklistCompletion.serviceStart(items, BackupTickets.udf(ticket, field).orElse(null), field,
                LocalDate.now(clock.withZone(zone)), zone).orElseThrow();
    }

    private boolean instructionsSkipped(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, StepIds.BACKUP_INSTRUCTIONS)
                .map(state -> state.status == StepStatus.SKIPPED).orElse(false));
    }

    private static void remember(String id, LocalDate start) {
        BackupOnboarding.<BackupOnboarding>findById(id).serviceStart = start;
    }

    /** In the engine's recording transaction: one SetupCompleted, however often and however concurrently run. */
    private void publishOnce(String id, LocalDate start) {
        int claimed = BackupOnboarding.update("setupCompletedAt = ?1, serviceStart = ?2"
                + " where onboardingId = ?3 and setupCompletedAt is null", OffsetDateTime.now(clock), start, id);
        if (claimed == 0) {
            return;
        }
        BackupOnboarding onboarding = BackupOnboarding.findById(id);
        outbox.publish(SetupCompleted.of(id, ServiceKind.BACKUP, start,
                identity.name() + " (checklist of Autotask ticket " + onboarding.ticketId + " complete)",
                onboarding.instructionsUrl));
        LOG.infof("Onboarding %s: backup setup complete, service start %s", id, start);
    }

    private static String completed(long ticketId, LocalDate start, String confirmation) {
        return "Every checklist item of Autotask ticket " + ticketId + " is complete; backup in effect since " + start
                + " (SetupCompleted published)" + (confirmation == null ? "" : "; " + confirmation);
    }
}
