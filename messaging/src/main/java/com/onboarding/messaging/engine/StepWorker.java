package com.onboarding.messaging.engine;

import com.onboarding.messaging.OnboardingContext;
import com.onboarding.messaging.ServiceIdentity;
import com.onboarding.messaging.steps.StepFailure;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.messaging.tracing.Traces;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs due step work from {@code step_work}: claims one row at a time ({@code FOR UPDATE SKIP LOCKED}, then a lease
 * renewed while it runs, so several instances share the table and a killed instance's work is taken over once its
 * lease ends), runs its {@link StepWork} outside any transaction, and records the result, the step's status and the
 * next try (one capped backoff) in one short transaction. Started right after a commit that scheduled work, and
 * every {@code onboarding.engine.poll-every} for timers, waits and retries.
 */
@ApplicationScoped
public class StepWorker {

    private static final Logger LOG = Logger.getLogger(StepWorker.class);
    /** How long running step work may finish at shutdown. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final StepTracker steps;
    private final Instance<StepWork> works;
    private final EngineConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final Traces traces;
    private final String owner;
    private final ExecutorService executor;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean stopping;
    /** The grace period at shutdown is over: running work is interrupted and its result left to its lease. */
    private volatile boolean abandoned;
    private volatile Map<String, StepWork> byStep;

    public StepWorker(EntityManager entityManager, StepTracker steps, @Any Instance<StepWork> works, EngineConfig config,
            ServiceIdentity identity, Clock clock, Traces traces) {
        this.traces = traces;
        this.entityManager = entityManager;
        this.steps = steps;
        this.works = works;
        this.config = config;
        this.backoff = new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff());
        this.clock = clock;
        this.owner = identity.name() + "/" + UUID.randomUUID();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "step-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void started(@Observes StartupEvent event) {
        kick();
    }

    /**
     * Stops claiming work first, and keeps renewing the leases of work still running during a grace period (the
     * scheduler has stopped by then), so no other instance takes it over while it may still finish here. Work still
     * running after the grace period is interrupted and left to its lease (taken over by another instance or after the
     * restart, where its writes look up first): nothing of it is recorded once the grace period is over, so nothing
     * meets a closed EntityManagerFactory.
     */
    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        executor.shutdown();
        long end = System.nanoTime() + GRACE.toNanos();
        try {
            while (!executor.awaitTermination(Math.min(config.leaseRenewEvery().toNanos(), end - System.nanoTime()),
                    TimeUnit.NANOSECONDS)) {
                if (System.nanoTime() >= end) {
                    abandoned = true;
                    executor.shutdownNow();
                    LOG.info("Step work still running at shutdown; its lease lets another instance or the restart"
                            + " resume it");
                    return;
                }
                renew();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(every = "${onboarding.engine.poll-every:2s}", delayed = "1s")
    void poll() {
        kick();
    }

    @Scheduled(every = "${onboarding.engine.lease-renew-every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewLeases() {
        if (!stopping) {
            renew();
        }
    }

    private void renew() {
        if (active.get() == 0) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update step_work set lease_until = :until where lease_owner = :owner")
                    .setParameter("until", OffsetDateTime.now(clock).plus(config.lease()))
                    .setParameter("owner", owner).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Step work leases not renewed this time: %s", e.getMessage());
        }
    }

    /** Starts a worker unless all are busy (a busy worker looks for more work before it stops). */
    public void kick() {
        if (stopping) {
            return;
        }
        wanted.set(true);
        if (tryStartWorker()) {
            executor.execute(this::drain);
        }
    }

    private boolean tryStartWorker() {
        int running;
        do {
            running = active.get();
            if (running >= config.workers()) {
                return false;
            }
        } while (!active.compareAndSet(running, running + 1));
        return true;
    }

    private void drain() {
        do {
            wanted.set(false);
            try {
                Optional<Claimed> claimed;
                while (!stopping && (claimed = claim()).isPresent()) {
                    Claimed job = claimed.get();
                    OnboardingContext.run(job.job().onboardingId(), () -> traces.continueTrace(job.traceparent(),
                            "step " + job.job().step(), SpanKind.INTERNAL, job.job().onboardingId(), () -> {
                                run(job);
                                return null;
                            }));
                }
            } catch (RuntimeException e) {
                LOG.warnf("Step work not claimed now (tried again on the next poll): %s", e.getMessage());
            } finally {
                active.decrementAndGet();
            }
        } while (wanted.get() && !stopping && tryStartWorker());
    }

    private record Claimed(StepJob job, int generation, String traceparent) {
    }

    private Optional<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select onboarding_id, step, generation, attempts, checks, traceparent from step_work
                    where due_at <= :now and (lease_until is null or lease_until < :now)
                    order by due_at limit 1 for update skip locked""")
                    .setParameter("now", now).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Claimed>empty();
            }
            Object[] row = rows.get(0);
            StepJob job = new StepJob((String) row[0], (String) row[1], ((Number) row[3]).intValue() + 1,
                    ((Number) row[4]).intValue());
            entityManager.createNativeQuery("""
                    update step_work set lease_owner = :owner, lease_until = :until
                    where onboarding_id = :id and step = :step""")
                    .setParameter("owner", owner).setParameter("until", now.plus(config.lease()))
                    .setParameter("id", job.onboardingId()).setParameter("step", job.step()).executeUpdate();
            if (job.checks() == 0) {
                steps.running(job.onboardingId(), job.step());
            }
            return Optional.of(new Claimed(job, ((Number) row[2]).intValue(), (String) row[5]));
        });
    }

    private void run(Claimed claimed) {
        StepJob job = claimed.job();
        StepWork work = works().get(job.step());
        StepResult result;
        RuntimeException failure = null;
        if (work == null) {
            result = null;
            failure = new IllegalStateException("No step work is registered for " + job.step() + " in this service");
        } else {
            try {
                result = work.run(job);
            } catch (RuntimeException e) {
                result = null;
                failure = e;
            }
        }
        if (abandoned) {
            LOG.infof("Step %s of onboarding %s was stopped by the shutdown; not recorded, its lease lets the restart"
                    + " resume it", job.step(), job.onboardingId());
            return;
        }
        StepResult outcome = result;
        RuntimeException fault = failure;
        try {
            QuarkusTransaction.requiringNew().run(() -> record(claimed, outcome, fault));
        } catch (RuntimeException e) {
            // the lease expires and the work runs again (its writes look up first)
            LOG.warnf("Result of %s for onboarding %s not recorded (%s); the work runs again when its lease ends",
                    job.step(), job.onboardingId(), e.getMessage());
        }
    }

    private void record(Claimed claimed, StepResult result, RuntimeException failure) {
        StepJob job = claimed.job();
        String id = job.onboardingId();
        String step = job.step();
        @SuppressWarnings("unchecked")
        List<Object> current = entityManager.createNativeQuery("""
                select generation from step_work where onboarding_id = :id and step = :step and lease_owner = :owner
                for update""")
                .setParameter("id", id).setParameter("step", step).setParameter("owner", owner).getResultList();
        if (current.isEmpty()) {
            LOG.warnf("Step %s of onboarding %s was taken over or cancelled while it ran; its result is not recorded",
                    step, id);
            return;
        }
        boolean askedAgain = ((Number) current.get(0)).intValue() != claimed.generation();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (failure != null) {
            recordFailure(job, failure, askedAgain, now);
            return;
        }
        if (result instanceof StepResult.WaitAgain wait) {
            steps.pending(id, step, wait.message());
            wait.record().run();
            next(job, askedAgain ? now : now.plus(wait.after()), 0, job.checks() + 1, null);
            return;
        }
        if (result instanceof StepResult.WaitForPerson wait && wait.after() != null) {
            steps.waitingForPerson(id, step, wait.message());
            wait.record().run();
            next(job, askedAgain ? now : now.plus(wait.after()), 0, job.checks() + 1, null);
            return;
        }
        if (result instanceof StepResult.DoneUntil repeat) {
            steps.done(id, step, repeat.message());
            repeat.record().run();
            next(job, askedAgain ? now : repeat.next(), 0, job.checks() + 1, null);
            return;
        }
        if (result instanceof StepResult.Done done) {
            steps.done(id, step, done.message());
        } else if (result instanceof StepResult.WaitForPerson person) {
            steps.waitingForPerson(id, step, person.message());
        } else {
            steps.pending(id, step, ((StepResult.Pending) result).message());
        }
        result.record().run();
        finish(job, askedAgain, now);
    }

    private void recordFailure(StepJob job, RuntimeException failure, boolean askedAgain, OffsetDateTime now) {
        String id = job.onboardingId();
        if (failure instanceof StepFailure stepFailure && stepFailure.needsPerson()) {
            steps.needsAttention(id, job.step(), failure.getMessage());
            finish(job, askedAgain, now);
            return;
        }
        String reason = failure instanceof StepFailure ? failure.getMessage() : failure.toString();
        if (job.attempt() >= config.retry().maxAttempts() && !askedAgain) {
            LOG.warnf(failure, "Onboarding %s step %s failed %d times; left for a person to retry", id, job.step(),
                    job.attempt());
            steps.failed(id, job.step(), reason + " (tried " + job.attempt() + " times; retry once it is fixed)");
            finish(job, false, now);
            return;
        }
        Duration delay = askedAgain ? Duration.ZERO : backoff.delayAfter(job.attempt());
        LOG.warnf("Onboarding %s step %s failed (try %d), again in %d s: %s", id, job.step(), job.attempt(),
                delay.toSeconds(), reason);
        steps.failed(id, job.step(), reason + " (tried " + job.attempt() + " time(s); trying again by itself)");
        next(job, now.plus(delay), askedAgain ? 0 : job.attempt(), job.checks(), reason);
    }

    private void finish(StepJob job, boolean askedAgain, OffsetDateTime now) {
        if (askedAgain) {
            next(job, now, 0, 0, null);
            return;
        }
        entityManager.createNativeQuery("delete from step_work where onboarding_id = :id and step = :step")
                .setParameter("id", job.onboardingId()).setParameter("step", job.step()).executeUpdate();
    }

    private void next(StepJob job, OffsetDateTime dueAt, int attempts, int checks, String error) {
        entityManager.createNativeQuery("""
                update step_work set due_at = :due, attempts = :attempts, checks = :checks, last_error = :error,
                lease_owner = null, lease_until = null where onboarding_id = :id and step = :step""")
                .setParameter("due", dueAt).setParameter("attempts", attempts).setParameter("checks", checks)
                .setParameter("error", error).setParameter("id", job.onboardingId()).setParameter("step", job.step())
                .executeUpdate();
        if (!dueAt.isAfter(OffsetDateTime.now(clock))) {
            wanted.set(true);
        }
    }

    private Map<String, StepWork> works() {
        Map<String, StepWork> current = byStep;
        if (current == null) {
            current = new HashMap<>();
            for (StepWork work : works) {
                current.put(work.step(), work);
            }
            byStep = current;
        }
        return current;
    }
}
