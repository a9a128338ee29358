package com.onboarding.messaging.steps;

import com.onboarding.events.StepStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a step whose work calls other systems outside any database transaction, so a slow API holds no connection
 * and no lock: RUNNING is committed first, then the work runs, then what it hands back is recorded (done, waiting)
 * in a transaction of its own, or the step becomes NEEDS_ATTENTION (a person must fix something) or FAILED (a
 * person may retry). Use {@link StepRunner} instead when the work belongs in the caller's transaction.
 */
@ApplicationScoped
public class ExternalStepRunner {

    private static final Logger LOG = Logger.getLogger(ExternalStepRunner.class);

    /** What a step's work leaves to record once it succeeded (inside the recording transaction). */
    @FunctionalInterface
    public interface Outcome {
        void record();
    }

    private final StepTracker steps;

    public ExternalStepRunner(StepTracker steps) {
        this.steps = steps;
    }

    public void run(String onboardingId, String step, Supplier<Outcome> work) {
        QuarkusTransaction.requiringNew().run(() -> steps.running(onboardingId, step));
        Outcome outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (e instanceof StepFailure failure && failure.needsPerson()) {
                    steps.needsAttention(onboardingId, step, failure.getMessage());
                } else {
                    LOG.warnf(e, "Onboarding %s step %s failed", onboardingId, step);
                    steps.failed(onboardingId, step, e instanceof StepFailure ? e.getMessage() : e.toString());
                }
            });
            return;
        }
        QuarkusTransaction.requiringNew().run(outcome::record);
    }

    /** Where the step stands now (committed state); null before it was ever recorded. */
    public StepStatus status(String onboardingId, String step) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(onboardingId, step).map(state -> state.status)
                .orElse(null));
    }

    public static boolean isFinal(StepStatus status) {
        return status != null && status.isFinal();
    }
}
