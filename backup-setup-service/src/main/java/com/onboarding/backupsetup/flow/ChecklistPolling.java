package com.onboarding.backupsetup.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.notes.ProgressNotes;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.backupsetup.rules.CheckBackoff;
import com.onboarding.backupsetup.rules.ChecklistCompletion;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.SetupCompleted;
import com.onboarding.messaging.OnboardingContext;
import com.onboarding.messaging.ServiceIdentity;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepTracker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Step backup.done: checks each backup ticket's checklist when its watch is due (soon after the ticket exists, then
 * less and less often), and publishes SetupCompleted (backup) once every item is complete. The watch is a database
 * row, so it survives restarts; a due watch is claimed under a row lock that other instances skip, and it is marked
 * completed in the same transaction that puts SetupCompleted in the outbox: exactly one event, whatever runs or
 * restarts. The same tick writes the progress notes not written yet and resumes onboardings whose steps never ran.
 */
@ApplicationScoped
public class ChecklistPolling {

    private static final Logger LOG = Logger.getLogger(ChecklistPolling.class);
    private static final int MAX_PER_TICK = 50;

    private final EntityManager entityManager;
    private final BackupTickets tickets;
    private final BackupFlow flow;
    private final ProgressNotes notes;
    private final Outbox outbox;
    private final StepTracker steps;
    private final BackupConfig config;
    private final ServiceIdentity identity;
    private final Clock clock;

    public ChecklistPolling(EntityManager entityManager, BackupTickets tickets, BackupFlow flow, ProgressNotes notes,
            Outbox outbox, StepTracker steps, BackupConfig config, ServiceIdentity identity, Clock clock) {
        this.entityManager = entityManager;
        this.tickets = tickets;
        this.flow = flow;
        this.notes = notes;
        this.outbox = outbox;
        this.steps = steps;
        this.config = config;
        this.identity = identity;
        this.clock = clock;
    }

    @Scheduled(every = "${backup.polling.every:60s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        for (int checked = 0; checked < MAX_PER_TICK; checked++) {
            if (!QuarkusTransaction.requiringNew().call(this::checkNextDue)) {
                break;
            }
        }
        notes.writePending();
        OffsetDateTime stalledBefore = OffsetDateTime.now(clock).minusMinutes(1);
        List<String> stalled = QuarkusTransaction.requiringNew().call(() -> BackupOnboarding
                .<BackupOnboarding>list("advanced = false and createdAt < ?1", stalledBefore).stream()
                .map(o -> o.onboardingId).toList());
        stalled.forEach(flow::advance);
    }

    /** Checks one due watch (skipping those another instance holds); false when none is due. */
    boolean checkNextDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ChecklistWatch> due = entityManager.createQuery(
                "from ChecklistWatch where completedAt is null and nextCheckAt <= :now order by nextCheckAt",
                ChecklistWatch.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .setMaxResults(1)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        ChecklistWatch watch = due.get(0);
        OnboardingContext.run(watch.onboardingId, () -> check(watch, now));
        return true;
    }

    /**
     * A person asked to check this onboarding's checklist now (a staff retry of backup.done): checked at once under
     * the same row lock, unless another instance is checking it this moment or it is complete already.
     */
    public void checkNow(String onboardingId) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChecklistWatch> watch = entityManager.createQuery(
                    "from ChecklistWatch where onboardingId = :id and completedAt is null", ChecklistWatch.class)
                    .setParameter("id", onboardingId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                    .getResultList();
            if (!watch.isEmpty()) {
                watch.get(0).checkIntervalSeconds = 0;
                check(watch.get(0), OffsetDateTime.now(clock));
            }
        });
    }

    /**
     * A person confirmed with evidence that the backup setup is done: the checklist is checked at once. The service
     * start comes from the checklist, so a checklist with open items keeps the step waiting, saying so.
     */
    public void confirmed(StepConfirmed confirmation) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChecklistWatch> watch = entityManager.createQuery(
                    "from ChecklistWatch where onboardingId = :id and completedAt is null", ChecklistWatch.class)
                    .setParameter("id", confirmation.onboardingId())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (!watch.isEmpty()) {
                watch.get(0).checkIntervalSeconds = 0;
                check(watch.get(0), OffsetDateTime.now(clock), confirmation);
            }
        });
    }

    /** An administrator skipped backup.done: the checklist is no longer watched. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stopWatching(String onboardingId) {
        ChecklistWatch.update("completedAt = ?1 where onboardingId = ?2 and completedAt is null", OffsetDateTime.now(clock),
                onboardingId);
    }

    private void check(ChecklistWatch watch, OffsetDateTime now) {
        check(watch, now, null);
    }

    private void check(ChecklistWatch watch, OffsetDateTime now, StepConfirmed confirmation) {
        String id = watch.onboardingId;
        try {
            List<ChecklistCompletion.Item> items = tickets.checklist(watch.ticketId);
            Optional<LocalDate> start = Optional.empty();
            if (ChecklistCompletion.isComplete(items)) {
                JsonNode ticket = tickets.ticket(watch.ticketId).orElseThrow(() -> new NeedsAttention(
                        "Autotask ticket " + watch.ticketId + " of the backup setup is gone"));
                String field = config.ticket().serviceStartField();
                start = ChecklistCompletion.serviceStart(items, BackupTickets.udf(ticket, field).orElse(null), field,
                        LocalDate.now(clock.withZone(zone())), zone());
            }
            if (start.isPresent()) {
                complete(watch, start.get(), now, confirmation);
                return;
            }
            String open = ChecklistCompletion.openItems(items) + " of " + items.size() + " checklist items of Autotask ticket "
                    + watch.ticketId + " open";
            steps.waitingForPerson(id, BackupSteps.DONE, confirmation == null ? "Waiting for a technician: " + open
                    : confirmation.message() + "; but " + open + ": tick them (with the service start) in Autotask");
        } catch (NeedsAttention e) {
            steps.needsAttention(id, BackupSteps.DONE, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("Onboarding %s: cannot check the checklist of ticket %d now (%s); will check again", id,
                    watch.ticketId, e.getMessage());
        }
        Duration next = CheckBackoff.next(Duration.ofSeconds(watch.checkIntervalSeconds), config.polling().firstCheck(),
                config.polling().maxCheck());
        watch.checkIntervalSeconds = next.toSeconds();
        watch.nextCheckAt = now.plus(next);
    }

    private void complete(ChecklistWatch watch, LocalDate serviceStart, OffsetDateTime now, StepConfirmed confirmation) {
        watch.completedAt = now;
        watch.serviceStart = serviceStart;
        BackupOnboarding onboarding = BackupOnboarding.findById(watch.onboardingId);
        outbox.publish(SetupCompleted.of(watch.onboardingId, ServiceKind.BACKUP, serviceStart,
                identity.name() + " (checklist of Autotask ticket " + watch.ticketId + " complete)",
                onboarding == null ? null : onboarding.instructionsUrl));
        steps.done(watch.onboardingId, BackupSteps.DONE, "Every checklist item of Autotask ticket " + watch.ticketId
                + " is complete; backup in effect since " + serviceStart + " (SetupCompleted published)"
                + (confirmation == null ? "" : "; " + confirmation.message()));
        LOG.infof("Onboarding %s: backup setup complete, service start %s", watch.onboardingId, serviceStart);
    }

    private ZoneId zone() {
        return ZoneId.of(config.timeZone());
    }
}
