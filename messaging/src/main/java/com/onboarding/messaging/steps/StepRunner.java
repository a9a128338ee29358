package com.onboarding.messaging.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one step inside the caller's transaction and records how it ended: done with the work's message, FAILED
 * (transient: a person may retry) or NEEDS_ATTENTION (a person must fix something). A step that did not finish
 * never shows done, and the outcome commits with the rest of the transaction.
 */
@ApplicationScoped
public class StepRunner {

    private static final Logger LOG = Logger.getLogger(StepRunner.class);

    private final StepTracker steps;

    public StepRunner(StepTracker steps) {
        this.steps = steps;
    }

    /** Runs {@code work}; its result is the message of the done step. True when the step is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean run(String onboardingId, String step, Supplier<String> work) {
        steps.running(onboardingId, step);
        try {
            steps.done(onboardingId, step, work.get());
            return true;
        } catch (RuntimeException e) {
            if (!(e instanceof StepFailure failure)) {
                throw e;
            }
            if (failure.needsPerson()) {
                steps.needsAttention(onboardingId, step, failure.getMessage());
            } else {
                LOG.warnf("Onboarding %s step %s failed: %s", onboardingId, step, failure.getMessage());
                steps.failed(onboardingId, step, failure.getMessage());
            }
            return false;
        }
    }
}
