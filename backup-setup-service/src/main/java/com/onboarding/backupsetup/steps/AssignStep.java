package com.onboarding.backupsetup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.flow.BackupOnboarding;
import com.onboarding.backupsetup.rules.TechnicianChoice;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Step backup.assign: a technician on the ticket as a resource + role pair ({@link TechnicianChoice}); a resource a
 * person already assigned is kept; the round-robin turn is taken from a sequence once per onboarding.
 */
@ApplicationScoped
public class AssignStep implements StepWork {

    private final BackupTickets tickets;
    private final BackupConfig config;
    private final EntityManager entityManager;

    public AssignStep(BackupTickets tickets, BackupConfig config, EntityManager entityManager) {
        this.tickets = tickets;
        this.config = config;
        this.entityManager = entityManager;
    }

    @Override
    public String step() {
        return StepIds.BACKUP_ASSIGN;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        Long ticketId = BackupOnboarding.snapshot(id).ticketId;
        if (ticketId == null) {
            return StepResult.pending("Waits for the backup ticket");
        }
        JsonNode ticket = tickets.ticket(ticketId).orElseThrow(() -> new IllegalStateException(
                "Autotask ticket " + ticketId + " is gone"));
        long current = ticket.path("assignedResourceID").asLong(0);
        if (!TechnicianChoice.mayAssign(current)) {
            return StepResult.done("Ticket " + ticketId + " is already assigned to resource " + current + " (kept)");
        }
        long turn = QuarkusTransaction.requiringNew().call(() -> turn(id));
        List<TechnicianChoice.Technician> technicians = config.assignment().technicians().stream()
                .map(t -> new TechnicianChoice.Technician(t.resourceId(), t.roleId())).toList();
        TechnicianChoice.Technician technician = TechnicianChoice.choose(config.assignment().rule(), technicians, turn);
        String name = tickets.activeResourceName(technician.resourceId());
        tickets.assign(ticketId, technician.resourceId(), technician.roleId());
        return StepResult.done("Ticket " + ticketId + " assigned to " + name + " (resource " + technician.resourceId()
                + ", role " + technician.roleId() + ", rule " + config.assignment().rule() + ")");
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
}
