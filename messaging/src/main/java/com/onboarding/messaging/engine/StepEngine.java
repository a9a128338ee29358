package com.onboarding.messaging.engine;

import com.onboarding.messaging.tracing.Traceparent;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Records what step work must happen, in the caller's transaction (a consumer's inbox transaction): the work itself
 * runs after the commit, outside any transaction ({@link StepWorker}), so a consumer acknowledges within
 * milliseconds whatever the other systems do, and a crash at any point leaves the intent to resume.
 */
@ApplicationScoped
public class StepEngine {

    private static final Logger LOG = Logger.getLogger(StepEngine.class);

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final StepWorker worker;
    private final StepTracker steps;
    private final Clock clock;

    public StepEngine(EntityManager entityManager, TransactionSynchronizationRegistry transactions, StepWorker worker,
            StepTracker steps, Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.worker = worker;
        this.steps = steps;
        this.clock = clock;
    }

    /** A staff retry: the step's work runs again unless the step is done or skipped (never a confirmation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(String onboardingId, String step) {
        if (!isFinal(onboardingId, step)) {
            schedule(onboardingId, step);
        }
    }

    /** A staff skip: SKIPPED with the reason and its work ended; false when the step was done or skipped already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean skip(String onboardingId, String step, String reason) {
        lockWork(onboardingId, step);
        if (steps.findForUpdate(onboardingId, step).map(state -> state.status.isFinal()).orElse(false)) {
            return false;
        }
        steps.skipped(onboardingId, step, reason);
        cancel(onboardingId, step);
        return true;
    }

    /** Whether a staff confirm applies: the step waits for a person (otherwise it is logged and changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean waitsForPerson(String onboardingId, String step) {
        lockWork(onboardingId, step);
        StepStatus status = steps.findForUpdate(onboardingId, step).map(state -> state.status).orElse(null);
        if (status != StepStatus.WAITING_FOR_PERSON) {
            LOG.infof("Onboarding %s: confirmation of %s ignored, the step is %s", onboardingId, step, status);
            return false;
        }
        return true;
    }

    /**
     * Locks the step's work row (if any) and then its state, in the order a worker's recording takes them: a staff
     * decision and a recording committing at the same moment then wait for each other instead of deadlocking.
     */
    private void lockWork(String onboardingId, String step) {
        entityManager.createNativeQuery("select 1 from step_work where onboarding_id = :id and step = :step for update")
                .setParameter("id", onboardingId).setParameter("step", step).getResultList();
    }

    /** Whether the step is done or skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isFinal(String onboardingId, String step) {
        return steps.find(onboardingId, step).map(state -> state.status.isFinal()).orElse(false);
    }

    /** The step's work runs as soon as this transaction commits (once more if it is running now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String onboardingId, String step) {
        entityManager.createNativeQuery("""
                insert into step_work (onboarding_id, step, due_at, created_at, traceparent) values (:id, :step, :now, :now, cast(:traceparent as varchar))
                on conflict (onboarding_id, step) do update
                set generation = step_work.generation + 1, attempts = 0, due_at = least(step_work.due_at, excluded.due_at),
                    traceparent = coalesce(excluded.traceparent, step_work.traceparent)""")
                .setParameter("id", onboardingId)
                .setParameter("step", step)
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("traceparent", Traceparent.ofCurrentSpan())
                .executeUpdate();
        kickAfterCommit();
    }

    /** A timer: the step's work runs at {@code dueAt} (moved there if it was already scheduled). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleAt(String onboardingId, String step, OffsetDateTime dueAt) {
        entityManager.createNativeQuery("""
                insert into step_work (onboarding_id, step, due_at, created_at, traceparent) values (:id, :step, :due, :now, cast(:traceparent as varchar))
                on conflict (onboarding_id, step) do update
                set generation = step_work.generation + 1, attempts = 0, due_at = excluded.due_at,
                    traceparent = coalesce(excluded.traceparent, step_work.traceparent)""")
                .setParameter("id", onboardingId)
                .setParameter("step", step)
                .setParameter("due", dueAt)
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("traceparent", Traceparent.ofCurrentSpan())
                .executeUpdate();
        kickAfterCommit();
    }

    /**
     * A wait that begins now with its first look at {@code firstLookAt} (a step waiting for a person or an agent):
     * the step keeps the status the caller gave it (no RUNNING before the first look).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleWait(String onboardingId, String step, OffsetDateTime firstLookAt) {
        entityManager.createNativeQuery("""
                insert into step_work (onboarding_id, step, due_at, checks, created_at) values (:id, :step, :due, 1, :now)
                on conflict (onboarding_id, step) do update
                set generation = step_work.generation + 1, attempts = 0, due_at = excluded.due_at""")
                .setParameter("id", onboardingId)
                .setParameter("step", step)
                .setParameter("due", firstLookAt)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
        kickAfterCommit();
    }

    /** The step's work is no longer wanted (a running one still records its result). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String onboardingId, String step) {
        entityManager.createNativeQuery("delete from step_work where onboarding_id = :id and step = :step")
                .setParameter("id", onboardingId).setParameter("step", step).executeUpdate();
    }

    /** Whether work of this step is waiting or running. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isScheduled(String onboardingId, String step) {
        return !entityManager.createNativeQuery("select 1 from step_work where onboarding_id = :id and step = :step")
                .setParameter("id", onboardingId).setParameter("step", step).getResultList().isEmpty();
    }

    private void kickAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.kick();
                }
            }
        });
    }
}
