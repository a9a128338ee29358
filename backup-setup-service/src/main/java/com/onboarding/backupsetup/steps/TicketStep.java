package com.onboarding.backupsetup.steps;

import com.onboarding.backupsetup.BackupSetupProcedure;
import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.flow.BackupOnboarding;
import com.onboarding.backupsetup.rules.Checklist;
import com.onboarding.backupsetup.rules.ChecklistCompletion;
import com.onboarding.backupsetup.rules.SetupTicket;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Step backup.ticket: one ticket in the configured category on the onboarding's contract, then one checklist item
 * per entry of the template; the ticket and each item are looked up before they are created.
 */
@ApplicationScoped
public class TicketStep implements StepWork {

    private final BackupTickets tickets;
    private final BackupSetupProcedure procedure;
    private final BackupConfig config;

    public TicketStep(BackupTickets tickets, BackupSetupProcedure procedure, BackupConfig config) {
        this.tickets = tickets;
        this.procedure = procedure;
        this.config = config;
    }

    @Override
    public String step() {
        return StepIds.BACKUP_TICKET;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        BackupOnboarding onboarding = BackupOnboarding.snapshot(id);
        ContractCreated contract = onboarding.contract();
        SetupTicket ticket = SetupTicket.of(id, onboarding.companyName, contract.contractName(), contract.contractId(),
                contract.terms(), config.ticket().serviceStartField());
        BackupTickets.EnsuredTicket ensured = tickets.ensureTicket(onboarding.companyId, contract.contractId(), ticket);
        long ticketId = ensured.id();
        List<String> items = Checklist.items(config.checklist());
        tickets.ensureChecklist(ticketId, config.checklist(), ensured.createdNow());
        String number = tickets.ticket(ticketId).map(t -> t.path("ticketNumber").asText("")).orElse("");
        return StepResult.done("Autotask ticket " + number + " (" + ticketId + ") in category \""
                + config.ticket().category() + "\" with " + items.size() + " checklist items",
                () -> procedure.ticketMade(id, ticketId));
    }
}
