package com.onboarding.backupsetup;

import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.flow.BackupOnboarding;
import com.onboarding.backupsetup.notes.ProgressNoteRow;
import com.onboarding.backupsetup.rules.BackupScope;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.steps.Section;
import com.onboarding.messaging.engine.Procedure;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Section VI of the procedure, "Technical Setup for Backup", as this service runs it. Every method runs in an
 * event's (or a step result's) transaction and only says which step is due; the work of each step (package
 * {@code steps}) runs after the commit, on messaging's step engine.
 *
 * <pre>
 * (RMM only)                  a contract without backup skips all four steps          rule BackupScope
 * "Create a ticket using      backup.ticket        first                              rules SetupTicket, Checklist
 *  category New MSA Customer  (with the checklist template)                           TicketStep (Autotask)
 *  - O/B New Service"
 * "Add detailed backup        backup.instructions  after the ticket                   rule InstructionsTemplate
 *  instructions in IT Glue;   (link in the ticket, and with SetupCompleted to the     InstructionsStep (IT Glue)
 *  add link to recurring      recurring ticket, whichever comes first)
 *  ticket description"
 * "Assign a resource"         backup.assign        after the ticket                   rule TechnicianChoice, AssignStep
 * (set up per checklist)      backup.done          waits for a person: every item     rule ChecklistCompletion,
 *                                                  ticked (or a confirm); then         ChecklistDoneStep
 *                                                  SetupCompleted (backup), once, with the instructions link
 * </pre>
 *
 * "For RMM, refer to project template" is not this service's (the RMM setup is confirmed at the gateway). A staff
 * retry runs a step's work again unless it is done or skipped (messaging's {@code StepEngine.retry}): for
 * backup.done, a look at the checklist now; it never confirms.
 */
@ApplicationScoped
public class BackupSetupProcedure implements Procedure {

    private final StepEngine engine;
    private final StepTracker steps;
    private final BackupConfig config;
    private final Clock clock;

    public BackupSetupProcedure(StepEngine engine, StepTracker steps, BackupConfig config, Clock clock) {
        this.engine = engine;
        this.steps = steps;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Section section() {
        return Section.BACKUP_SETUP;
    }

    /** RMM only: skipped with the reason; otherwise the ticket comes first. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractCreated(ContractCreated event) {
        String id = event.onboardingId();
        if (BackupOnboarding.findById(id) != null) {
            return;
        }
        Optional<String> noBackup = BackupScope.skipReason(event.terms());
        BackupOnboarding.of(event, noBackup.isPresent(), OffsetDateTime.now(clock)).persist();
        if (noBackup.isPresent()) {
            ProgressNoteRow.delete("onboardingId", id);
            BackupSteps.ALL.forEach(step -> steps.skipped(id, step, noBackup.get()));
            return;
        }
        steps.pending(id, BackupSteps.TICKET, null);
        steps.pending(id, BackupSteps.INSTRUCTIONS, "Waits for the backup ticket");
        steps.pending(id, BackupSteps.ASSIGN, "Waits for the backup ticket");
        steps.pending(id, BackupSteps.DONE, "Waits for the backup ticket");
        engine.schedule(id, BackupSteps.TICKET);
    }

    /** The ticket with its checklist exists: instructions and assignment follow, the checklist is waited for. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketMade(String onboardingId, long ticketId) {
        BackupOnboarding.<BackupOnboarding>findById(onboardingId).ticketId = ticketId;
        engine.schedule(onboardingId, BackupSteps.INSTRUCTIONS);
        engine.schedule(onboardingId, BackupSteps.ASSIGN);
        if (!engine.isFinal(onboardingId, BackupSteps.DONE)) {
            steps.waitingForPerson(onboardingId, BackupSteps.DONE, "Waiting for a technician to complete every checklist"
                    + " item of Autotask ticket " + ticketId);
            engine.scheduleWait(onboardingId, BackupSteps.DONE, OffsetDateTime.now(clock).plus(config.polling().firstCheck()));
        }
    }

    /** The instructions are published: a complete checklist that waited for their link publishes now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void instructionsPublished(String onboardingId, String link) {
        BackupOnboarding onboarding = BackupOnboarding.findById(onboardingId);
        onboarding.instructionsUrl = link;
        checklistMayPublish(onboarding);
    }

    /** A person says the backup setup is done: the checklist is looked at now, the confirm shown with what it says. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(StepConfirmed command) {
        String id = command.onboardingId();
        if (!BackupSteps.DONE.equals(command.step()) || !engine.waitsForPerson(id, command.step())) {
            return;
        }
        BackupOnboarding.<BackupOnboarding>findById(id).confirmation = command.message();
        engine.schedule(id, BackupSteps.DONE);
    }

    /** Skipped with the reason; a skipped backup.done publishes nothing, skipped instructions no longer hold it. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void skip(StepSkipped command) {
        if (engine.skip(command.onboardingId(), command.step(), command.message())
                && BackupSteps.INSTRUCTIONS.equals(command.step())) {
            checklistMayPublish(BackupOnboarding.findById(command.onboardingId()));
        }
    }

    private void checklistMayPublish(BackupOnboarding onboarding) {
        if (onboarding.serviceStart != null && onboarding.setupCompletedAt == null
                && !engine.isFinal(onboarding.onboardingId, BackupSteps.DONE)) {
            engine.schedule(onboarding.onboardingId, BackupSteps.DONE);
        }
    }
}
