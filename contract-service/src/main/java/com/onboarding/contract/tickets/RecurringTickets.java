package com.onboarding.contract.tickets;

import com.onboarding.clients.http.Rejected;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.config.ContractConfig;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.onboarding.ServiceSetup;
import com.onboarding.contract.rules.Recurrence;
import com.onboarding.contract.rules.RecurringTicketText;
import com.onboarding.events.ServiceKind;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepTracker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Procedure II (recurring tickets), owned by the suite because Autotask's API has no recurring-ticket templates:
 * a stored schedule per contract service; each due occurrence is claimed under a row lock that other instances skip,
 * created through the API (after looking it up by its marker, in case an earlier answer was lost), recorded, and the
 * schedule moved on, in one short transaction per occurrence. None is due after the contract ends.
 */
@ApplicationScoped
public class RecurringTickets {

    private static final Logger LOG = Logger.getLogger(RecurringTickets.class);
    private static final int MAX_PER_RUN = 50;

    private final ContractConfig config;
    private final AutotaskContracts autotask;
    private final EntityManager entityManager;
    private final StepTracker steps;
    private final Clock clock;

    public RecurringTickets(ContractConfig config, AutotaskContracts autotask, EntityManager entityManager,
            StepTracker steps, Clock clock) {
        this.config = config;
        this.autotask = autotask;
        this.entityManager = entityManager;
        this.steps = steps;
        this.clock = clock;
    }

    /** Stores the schedule of this service's recurring ticket (once); returns a description of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String schedule(ContractOnboarding onboarding, ServiceSetup setup) {
        ServiceKind kind = setup.key.serviceKind();
        LocalDate serviceStart = setup.serviceStart;
        ContractConfig.TicketTemplate template = config.recurringTickets().get(kind.name().toLowerCase());
        if (template == null) {
            return "No recurring ticket is configured for " + kind;
        }
        RecurringTicketSchedule schedule = RecurringTicketSchedule
                .<RecurringTicketSchedule>find("onboardingId = ?1 and serviceKind = ?2", onboarding.onboardingId, kind)
                .firstResult();
        if (schedule == null) {
            if (Recurrence.occurrence(serviceStart, template.everyMonths(), 0, onboarding.contractEnd).isEmpty()) {
                throw new NeedsAttention("Contract " + onboarding.contractId + " ends on " + onboarding.contractEnd
                        + ", before the " + kind + " service began on " + serviceStart + ", so no recurring ticket can run"
                        + " under it. Extend the contract in Autotask, then retry this step.");
            }
            schedule = new RecurringTicketSchedule();
            schedule.onboardingId = onboarding.onboardingId;
            schedule.serviceKind = kind;
            schedule.companyId = onboarding.companyId;
            schedule.contractId = onboarding.contractId;
            schedule.title = template.title();
            schedule.queueId = template.queueId();
            schedule.categoryId = template.categoryId();
            schedule.priority = template.priority();
            schedule.everyMonths = template.everyMonths();
            schedule.serviceStart = serviceStart;
            schedule.contractEnd = onboarding.contractEnd;
            schedule.nextIndex = 0;
            schedule.nextDue = serviceStart;
            schedule.persist();
        }
        if (setup.instructionsUrl != null) {
            schedule.instructionsUrl = setup.instructionsUrl;
        }
        // a person's retry of the step resumes a schedule that Autotask refused
        schedule.pausedReason = null;
        return "'" + schedule.title + "' every " + schedule.everyMonths + " month(s) until " + schedule.contractEnd
                + "; first due " + schedule.serviceStart;
    }

    /**
     * Creates every occurrence that is due, one transaction each; returns how many were created. A transient fault
     * ends the run (the next one tries again); a refusal pauses that schedule and asks a person, the others go on.
     */
    public int createDue() {
        int created = 0;
        while (created < MAX_PER_RUN) {
            try {
                if (!QuarkusTransaction.requiringNew().call(this::createNextDue)) {
                    break;
                }
                created++;
            } catch (OccurrenceRefused refused) {
                QuarkusTransaction.requiringNew().run(() -> pause(refused));
            }
        }
        return created;
    }

    private void pause(OccurrenceRefused refused) {
        RecurringTicketSchedule schedule = RecurringTicketSchedule.findById(refused.scheduleId);
        schedule.pausedReason = refused.getMessage();
        steps.needsAttention(schedule.onboardingId, ContractSteps.RECURRING_TICKETS, refused.getMessage());
    }

    /** Autotask refused one occurrence (its transaction is rolled back). */
    static final class OccurrenceRefused extends RuntimeException {
        final long scheduleId;

        OccurrenceRefused(long scheduleId, String message, Throwable cause) {
            super(message, cause);
            this.scheduleId = scheduleId;
        }
    }

    /** Claims one due occurrence (skipping those another instance holds), creates it in Autotask, records it. */
    boolean createNextDue() {
        LocalDate today = LocalDate.now(clock);
        List<RecurringTicketSchedule> due = entityManager.createQuery(
                "from RecurringTicketSchedule where nextDue <= :today and pausedReason is null order by nextDue",
                RecurringTicketSchedule.class)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .setMaxResults(1)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        RecurringTicketSchedule schedule = due.get(0);
        LocalDate dueDate = schedule.nextDue;
        if (RecurringTicketOccurrence.count("scheduleId = ?1 and dueDate = ?2", schedule.id, dueDate) == 0) {
            ContractOnboarding onboarding = ContractOnboarding.findById(schedule.onboardingId);
            String marker = schedule.marker(dueDate);
            long ticket;
            try {
                ticket = autotask.recurringTicket(schedule.companyId, schedule.contractId,
                    schedule.title + " - " + onboarding.companyName + " (" + dueDate + ")",
                    RecurringTicketText.description(schedule.serviceKind, schedule.contractId, schedule.everyMonths,
                            schedule.contractEnd, schedule.instructionsUrl, marker),
                    marker, schedule.queueId, schedule.categoryId, schedule.priority, dueDate);
            } catch (Rejected e) {
                throw new OccurrenceRefused(schedule.id, "Autotask refused the recurring " + schedule.serviceKind
                        + " ticket due " + dueDate + " of contract " + schedule.contractId + ": " + e.getMessage()
                        + ". Fix it in Autotask (or the ticket configuration), then retry this step.", e);
            }
            RecurringTicketOccurrence occurrence = new RecurringTicketOccurrence();
            occurrence.scheduleId = schedule.id;
            occurrence.dueDate = dueDate;
            occurrence.ticketId = ticket;
            occurrence.createdAt = OffsetDateTime.now(clock);
            occurrence.persist();
            LOG.infof("Recurring ticket %d (%s, due %s) for onboarding %s", ticket, schedule.title, dueDate,
                    schedule.onboardingId);
        }
        schedule.nextIndex++;
        schedule.nextDue = Recurrence.occurrence(schedule.serviceStart, schedule.everyMonths, schedule.nextIndex,
                schedule.contractEnd).orElse(null);
        return true;
    }
}
