package com.onboarding.messaging;

import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Step work for StepEngineTest; what it does depends on how the onboarding id starts. */
@ApplicationScoped
public class EngineTestWork implements StepWork {

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ranInTransaction = new ConcurrentHashMap<>();
    private final Map<String, Boolean> interrupted = new ConcurrentHashMap<>();

    @Override
    public String step() {
        return StepIds.DOCS_MSA_LIST;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        int run = runs.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        ranInTransaction.put(id, QuarkusTransaction.isActive());
        if (id.startsWith("held-")) {
            // an answer that does not come (a held third-party call) until the worker is interrupted
            try {
                new java.util.concurrent.CountDownLatch(1).await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.put(id, true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("call interrupted", e);
            }
        }
        if (id.startsWith("outage-") && run <= 3) {
            throw new IllegalStateException("503 Service Unavailable (run " + run + ")");
        }
        if (id.startsWith("person-") && !id.startsWith("person-wait-")) {
            throw new NeedsAttention("Autotask has no company named 'X'");
        }
        if (id.startsWith("wait-") && job.checks() < 2) {
            return StepResult.waitAgain(Duration.ofMillis(200), "waiting, looked " + (job.checks() + 1) + " times");
        }
        if (id.startsWith("person-wait-") && job.checks() < 6) {
            return StepResult.waitForPerson(Duration.ofMillis(200), "waiting for a technician's ticket");
        }
        if (id.startsWith("repeat-") && run < 3) {
            return StepResult.doneUntil("done " + run + " time(s), again soon", OffsetDateTime.now().plusNanos(300_000_000),
                    StepResult.NOTHING);
        }
        return StepResult.done("done after " + run + " run(s)");
    }

    Boolean ranInTransaction(String onboardingId) {
        return ranInTransaction.get(onboardingId);
    }

    boolean interrupted(String onboardingId) {
        return interrupted.getOrDefault(onboardingId, false);
    }

    int runs(String onboardingId) {
        AtomicInteger count = runs.get(onboardingId);
        return count == null ? 0 : count.get();
    }
}
