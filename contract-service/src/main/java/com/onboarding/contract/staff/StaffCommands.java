package com.onboarding.contract.staff;

import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The staff commands on contract steps, each its own event: retry runs a step's work again, confirm finishes a step
 * that waits for a person (no contract step does: every confirm is refused, with the reason logged), skip drops a
 * step that is not finished and lets what follows it run. Each runs in the command's inbox transaction.
 */
@ApplicationScoped
public class StaffCommands {

    private static final Logger LOG = Logger.getLogger(StaffCommands.class);

    private final StepEngine engine;
    private final StepTracker steps;
    private final ContractProcedure procedure;

    public StaffCommands(StepEngine engine, StepTracker steps, ContractProcedure procedure) {
        this.engine = engine;
        this.steps = steps;
        this.procedure = procedure;
    }

    /** Runs the step's work again (a skipped step stays skipped); returns why not, if it is not run. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> retry(StepRetryRequested retry) {
        String id = retry.onboardingId();
        StepStatus status = status(id, retry.step());
        if (status == StepStatus.SKIPPED) {
            return refused("Retry of " + retry.step() + " by " + retry.requestedBy() + " ignored: the step was skipped", id);
        }
        if (ContractSteps.GO_LIVE.equals(retry.step())) {
            procedure.goLive(id, Optional.empty());
        } else if (ContractOnboarding.findById(id) != null) {
            engine.schedule(id, retry.step());
        }
        return Optional.empty();
    }

    /** Finishes a step waiting for a person with who, when and the evidence; refused for any other step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> confirmed(StepConfirmed confirmation) {
        String id = confirmation.onboardingId();
        StepStatus status = status(id, confirmation.step());
        if (status != StepStatus.WAITING_FOR_PERSON) {
            return refused("Confirmation of " + confirmation.step() + " by " + confirmation.confirmedBy() + " refused:"
                    + " the step is " + status + ", not waiting for a person; only a step waiting for a person can be"
                    + " confirmed", id);
        }
        steps.done(id, confirmation.step(), confirmation.message());
        engine.cancel(id, confirmation.step());
        advance(id);
        return Optional.empty();
    }

    /** Skips a step that is not finished, with the administrator's reason; what follows it may then run. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> skipped(StepSkipped skip) {
        String id = skip.onboardingId();
        StepStatus status = status(id, skip.step());
        if (status != null && status.isFinal()) {
            return refused("Skip of " + skip.step() + " by " + skip.skippedBy() + " ignored: the step is already " + status,
                    id);
        }
        steps.skipped(id, skip.step(), skip.message());
        engine.cancel(id, skip.step());
        advance(id);
        return Optional.empty();
    }

    private void advance(String onboardingId) {
        ContractOnboarding onboarding = ContractOnboarding.lock(onboardingId);
        if (onboarding != null) {
            procedure.advance(onboarding);
        }
    }

    private StepStatus status(String onboardingId, String step) {
        return steps.find(onboardingId, step).map(state -> state.status).orElse(null);
    }

    private static Optional<String> refused(String reason, String onboardingId) {
        LOG.infof("Onboarding %s: %s", onboardingId, reason);
        return Optional.of(reason);
    }
}
