package com.onboarding.backupsetup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.BackupSetupProcedure;
import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.flow.BackupOnboarding;
import com.onboarding.backupsetup.instructions.BackupInstructions;
import com.onboarding.backupsetup.rules.Checklist;
import com.onboarding.backupsetup.rules.SetupTicket;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Step backup.instructions: the published IT Glue document (looked up by name before it is created), its link added
 * to the ticket's description once, and kept for SetupCompleted, so that the recurring backup tickets carry it.
 */
@ApplicationScoped
public class InstructionsStep implements StepWork {

    private final BackupTickets tickets;
    private final BackupInstructions instructions;
    private final BackupSetupProcedure procedure;
    private final BackupConfig config;

    public InstructionsStep(BackupTickets tickets, BackupInstructions instructions, BackupSetupProcedure procedure,
            BackupConfig config) {
        this.tickets = tickets;
        this.instructions = instructions;
        this.procedure = procedure;
        this.config = config;
    }

    @Override
    public String step() {
        return StepIds.BACKUP_INSTRUCTIONS;
    }

    @Override
    public StepResult run(StepJob job) {
        BackupOnboarding onboarding = BackupOnboarding.snapshot(job.onboardingId());
        if (onboarding.ticketId == null) {
            return StepResult.pending("Waits for the backup ticket");
        }
        long ticketId = onboarding.ticketId;
        JsonNode ticket = tickets.ticket(ticketId).orElseThrow(() -> new IllegalStateException(
                "Autotask ticket " + ticketId + " is gone"));
        String link = instructions.ensure(onboarding.contract(), ticket, Checklist.items(config.checklist()));
        String description = SetupTicket.withInstructions(ticket.path("description").asText(""), link);
        if (!description.equals(ticket.path("description").asText(""))) {
            tickets.describe(ticketId, description);
        }
        return StepResult.done("IT Glue document " + link + " is linked in the description of ticket " + ticketId,
                () -> procedure.instructionsPublished(job.onboardingId(), link));
    }
}
