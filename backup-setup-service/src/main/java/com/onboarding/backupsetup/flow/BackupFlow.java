package com.onboarding.backupsetup.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.instructions.BackupInstructions;
import com.onboarding.backupsetup.notes.ProgressNoteRow;
import com.onboarding.backupsetup.rules.BackupScope;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.backupsetup.rules.Checklist;
import com.onboarding.backupsetup.rules.ChecklistCompletion;
import com.onboarding.backupsetup.rules.SetupTicket;
import com.onboarding.backupsetup.rules.TechnicianChoice;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.steps.ExternalStepRunner;
import com.onboarding.messaging.steps.ExternalStepRunner.Outcome;
import com.onboarding.messaging.steps.StepTracker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Section VI of the procedure for one onboarding: the ticket with its checklist first, then the IT Glue instructions
 * linked from it and the technician assigned to it; from then on the checklist is watched ({@link ChecklistPolling})
 * until it is complete. Each step's external work runs outside a database transaction; its start and its outcome
 * are each committed (with their StepChanged) in a short transaction of their own.
 */
@ApplicationScoped
public class BackupFlow {

    private final StepTracker steps;
    private final ExternalStepRunner runner;
    private final BackupTickets tickets;
    private final BackupInstructions instructions;
    private final BackupConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public BackupFlow(StepTracker steps, ExternalStepRunner runner, BackupTickets tickets, BackupInstructions instructions,
            BackupConfig config, EntityManager entityManager, Clock clock) {
        this.steps = steps;
        this.runner = runner;
        this.tickets = tickets;
        this.instructions = instructions;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records the contract and the steps' starting status; true when the steps are to run (backup was signed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(ContractCreated event) {
        String id = event.onboardingId();
        BackupOnboarding known = BackupOnboarding.findById(id);
        if (known != null) {
            return !known.skipped;
        }
        BackupOnboarding onboarding = new BackupOnboarding();
        onboarding.onboardingId = id;
        onboarding.companyId = event.companyId();
        onboarding.companyName = event.companyName();
        onboarding.contractCreated = EventJson.write(event);
        onboarding.createdAt = OffsetDateTime.now(clock);
        var skip = BackupScope.skipReason(event.terms());
        onboarding.skipped = skip.isPresent();
        onboarding.advanced = skip.isPresent();
        onboarding.persist();
        if (skip.isPresent()) {
            ProgressNoteRow.delete("onboardingId", id);
            BackupSteps.ALL.forEach(step -> steps.skipped(id, step, skip.get()));
            return false;
        }
        steps.pending(id, BackupSteps.TICKET, null);
        steps.pending(id, BackupSteps.INSTRUCTIONS, "Waits for the backup ticket");
        steps.pending(id, BackupSteps.ASSIGN, "Waits for the backup ticket");
        steps.pending(id, BackupSteps.DONE, "Waits for the backup ticket");
        return true;
    }

    /** An administrator skipped a step: it is SKIPPED with the reason; a skipped backup.done is no longer watched. */
    public void skipped(StepSkipped skip, ChecklistPolling polling) {
        String id = skip.onboardingId();
        QuarkusTransaction.requiringNew().run(() -> {
            StepStatus status = steps.find(id, skip.step()).map(state -> state.status).orElse(null);
            if (ExternalStepRunner.isFinal(status)) {
                return;
            }
            steps.skipped(id, skip.step(), skip.message());
            if (BackupSteps.DONE.equals(skip.step())) {
                polling.stopWatching(id);
            }
        });
        advance(id);
    }

    /** Runs every step that may run now, in the procedure's order. Safe to call again at any time. */
    public void advance(String onboardingId) {
        synchronized (locks.computeIfAbsent(onboardingId, k -> new Object())) {
            BackupOnboarding onboarding = QuarkusTransaction.requiringNew()
                    .call(() -> BackupOnboarding.<BackupOnboarding>findById(onboardingId));
            if (onboarding == null || onboarding.skipped) {
                return;
            }
            ContractCreated contract = EventJson.read(onboarding.contractCreated, ContractCreated.class);
            runSteps(onboarding, contract);
            QuarkusTransaction.requiringNew().run(() -> BackupOnboarding.update("advanced = true where onboardingId = ?1",
                    onboardingId));
        }
    }

    private void runSteps(BackupOnboarding onboarding, ContractCreated contract) {
        String id = onboarding.onboardingId;
        if (!ExternalStepRunner.isFinal(runner.status(id, BackupSteps.TICKET))) {
            runner.run(id, BackupSteps.TICKET, () -> {
                SetupTicket ticket = SetupTicket.of(id, onboarding.companyName, contract.contractName(), contract.contractId(),
                        contract.terms(), config.ticket().serviceStartField());
                long ticketId = tickets.ensureTicket(onboarding.companyId, contract.contractId(), ticket);
                List<String> items = Checklist.items(config.checklist());
                tickets.ensureChecklist(ticketId, config.checklist());
                String number = tickets.ticket(ticketId).map(t -> t.path("ticketNumber").asText("")).orElse("");
                return () -> {
                    BackupOnboarding.update("ticketId = ?1 where onboardingId = ?2", ticketId, id);
                    watchChecklist(id, ticketId);
                    steps.done(id, BackupSteps.TICKET, "Autotask ticket " + number + " (" + ticketId + ") in category \""
                            + config.ticket().category() + "\" with " + items.size() + " checklist items");
                };
            });
        }
        Long ticketId = QuarkusTransaction.requiringNew()
                .call(() -> BackupOnboarding.<BackupOnboarding>findById(id).ticketId);
        if (ticketId == null) {
            return;
        }
        if (!ExternalStepRunner.isFinal(runner.status(id, BackupSteps.ASSIGN))) {
            runner.run(id, BackupSteps.ASSIGN, () -> assign(id, ticketId));
        }
        if (!ExternalStepRunner.isFinal(runner.status(id, BackupSteps.INSTRUCTIONS))) {
            runner.run(id, BackupSteps.INSTRUCTIONS, () -> {
                JsonNode ticket = tickets.ticket(ticketId).orElseThrow(() -> new IllegalStateException(
                        "Autotask ticket " + ticketId + " is gone"));
                String link = instructions.ensure(contract, ticket, Checklist.items(config.checklist()));
                String description = SetupTicket.withInstructions(ticket.path("description").asText(""), link);
                if (!description.equals(ticket.path("description").asText(""))) {
                    tickets.describe(ticketId, description);
                }
                return () -> {
                    BackupOnboarding.update("instructionsUrl = ?1 where onboardingId = ?2", link, id);
                    steps.done(id, BackupSteps.INSTRUCTIONS, "IT Glue document " + link
                            + " is linked in the description of ticket " + ticketId);
                };
            });
        }
    }

    private Outcome assign(String id, long ticketId) {
        JsonNode ticket = tickets.ticket(ticketId).orElseThrow(() -> new IllegalStateException(
                "Autotask ticket " + ticketId + " is gone"));
        long current = ticket.path("assignedResourceID").asLong(0);
        if (!TechnicianChoice.mayAssign(current)) {
            return () -> steps.done(id, BackupSteps.ASSIGN, "Ticket " + ticketId + " is already assigned to resource "
                    + current + " (kept)");
        }
        long turn = QuarkusTransaction.requiringNew().call(() -> turn(id));
        List<TechnicianChoice.Technician> technicians = config.assignment().technicians().stream()
                .map(t -> new TechnicianChoice.Technician(t.resourceId(), t.roleId())).toList();
        TechnicianChoice.Technician technician = TechnicianChoice.choose(config.assignment().rule(), technicians, turn);
        String name = tickets.activeResourceName(technician.resourceId());
        tickets.assign(ticketId, technician.resourceId(), technician.roleId());
        return () -> steps.done(id, BackupSteps.ASSIGN, "Ticket " + ticketId + " assigned to " + name + " (resource "
                + technician.resourceId() + ", role " + technician.roleId() + ", rule " + config.assignment().rule() + ")");
    }

    /** This onboarding's round-robin turn, taken from a sequence once and kept. */
    private long turn(String id) {
        BackupOnboarding onboarding = BackupOnboarding.findById(id);
        if (onboarding.technicianTurn == null) {
            onboarding.technicianTurn = ((Number) entityManager.createNativeQuery("select nextval('backup_technician_turn')")
                    .getSingleResult()).longValue();
        }
        return onboarding.technicianTurn;
    }

    private void watchChecklist(String id, long ticketId) {
        ChecklistWatch watch = ChecklistWatch.findById(id);
        if (watch == null) {
            watch = new ChecklistWatch();
            watch.onboardingId = id;
            watch.ticketId = ticketId;
            watch.checkIntervalSeconds = 0;
            watch.nextCheckAt = OffsetDateTime.now(clock).plus(config.polling().firstCheck());
            watch.persist();
        }
        if (watch.completedAt == null) {
            steps.waitingForPerson(id, BackupSteps.DONE, "Waiting for a technician to complete every checklist item of"
                    + " Autotask ticket " + ticketId);
        }
    }

}
