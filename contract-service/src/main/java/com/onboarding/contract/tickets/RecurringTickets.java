package com.onboarding.contract.tickets;

import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.config.ContractConfig;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.rules.Recurrence;
import com.onboarding.events.ServiceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Procedure II (recurring tickets), owned by the suite because Autotask's API has no recurring-ticket templates:
 * a stored schedule per contract service; each due occurrence is created once (claimed under a row lock, found
 * again by its dated title if an answer was lost), and none after the contract ends.
 */
@ApplicationScoped
public class RecurringTickets {

    private static final Logger LOG = Logger.getLogger(RecurringTickets.class);

    private final ContractConfig config;
    private final AutotaskContracts autotask;
    private final EntityManager entityManager;
    private final Clock clock;

    public RecurringTickets(ContractConfig config, AutotaskContracts autotask, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.autotask = autotask;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Stores the schedule of this service's recurring ticket (once); returns a description of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String schedule(ContractOnboarding onboarding, ServiceKind kind, LocalDate serviceStart) {
        ContractConfig.TicketTemplate template = config.recurringTickets().get(kind.name().toLowerCase());
        if (template == null) {
            return "No recurring ticket is configured for " + kind;
        }
        RecurringTicketSchedule schedule = RecurringTicketSchedule
                .<RecurringTicketSchedule>find("onboardingId = ?1 and serviceKind = ?2", onboarding.onboardingId, kind)
                .firstResult();
        if (schedule == null) {
            schedule = new RecurringTicketSchedule();
            schedule.onboardingId = onboarding.onboardingId;
            schedule.serviceKind = kind;
            schedule.companyId = onboarding.companyId;
            schedule.contractId = onboarding.contractId;
            schedule.title = template.title();
            schedule.queueId = template.queueId();
            schedule.everyMonths = template.everyMonths();
            schedule.serviceStart = serviceStart;
            schedule.contractEnd = onboarding.contractEnd;
            schedule.nextIndex = 0;
            schedule.nextDue = Recurrence.occurrence(serviceStart, template.everyMonths(), 0, onboarding.contractEnd).orElse(null);
            schedule.persist();
        }
        return "'" + schedule.title + "' every " + schedule.everyMonths + " month(s) until " + schedule.contractEnd
                + "; first due " + schedule.nextDue;
    }

    /** Creates every occurrence that is due; returns how many were created. */
    @Transactional
    public int createDue() {
        LocalDate today = LocalDate.now(clock);
        List<RecurringTicketSchedule> due = entityManager.createQuery(
                "from RecurringTicketSchedule where nextDue is not null and nextDue <= :today order by nextDue",
                RecurringTicketSchedule.class)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .setMaxResults(20)
                .getResultList();
        int created = 0;
        for (RecurringTicketSchedule schedule : due) {
            while (schedule.nextDue != null && !schedule.nextDue.isAfter(today)) {
                ContractOnboarding onboarding = ContractOnboarding.findById(schedule.onboardingId);
                String title = schedule.title + " — " + onboarding.companyName + " ("
                        + schedule.nextDue.format(DateTimeFormatter.ISO_LOCAL_DATE) + ")";
                long ticket = autotask.recurringTicket(schedule.companyId, schedule.contractId, title,
                        "Recurring " + schedule.serviceKind + " ticket of contract " + schedule.contractId
                                + ", created by onboarding-suite [onboarding " + schedule.onboardingId + "]",
                        schedule.queueId, templatePriority(schedule.serviceKind), schedule.nextDue);
                LOG.infof("Recurring ticket %d '%s' for onboarding %s", ticket, title, schedule.onboardingId);
                schedule.nextIndex++;
                schedule.nextDue = Recurrence.occurrence(schedule.serviceStart, schedule.everyMonths, schedule.nextIndex,
                        schedule.contractEnd).orElse(null);
                created++;
            }
        }
        return created;
    }

    private String templatePriority(ServiceKind kind) {
        ContractConfig.TicketTemplate template = config.recurringTickets().get(kind.name().toLowerCase());
        return template == null ? "Medium" : template.priority();
    }
}
