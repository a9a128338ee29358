package com.onboarding.reminder;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reminder.rules.ReminderPlan;
import com.onboarding.reminder.rules.ReminderRefused;
import com.onboarding.reminder.store.ReminderOnboarding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Section IV of the procedure, "Leave-PCs-on reminders", one step ({@link LeaveOnReminders#STEP}):
 * <ol>
 * <li><b>ContractCreated</b>: the agreement decides ({@link ReminderPlan}, plain Java): no workstation RMM → SKIPPED
 * with the reason; an address that is not a plain e-mail address, or no recipients → NEEDS_ATTENTION naming it;
 * otherwise the work is due: {@link LeaveOnReminders} runs after this commit (step engine, never in a transaction).</li>
 * <li>The work stores the reminder and registers it with Power Automate → DONE; for a legacy customer
 * ({@code reminders.legacy-customers}) → WAITING_FOR_PERSON with the exact lines for {@code Users - leave PCs on.cmd}.</li>
 * <li><b>StepConfirmed</b> (a person added the lines, with evidence) → DONE with who, when and the evidence; refused
 * (logged, nothing changes) unless the step is WAITING_FOR_PERSON.</li>
 * <li><b>StepRetryRequested</b> → decided and run again from the stored agreement.</li>
 * <li><b>StepSkipped</b> (an administrator, with a reason) → SKIPPED, any pending work cancelled.</li>
 * </ol>
 * Each runs in the consumer's inbox transaction and only records state and intent.
 */
@ApplicationScoped
public class RemindersProcedure {

    private static final Logger LOG = Logger.getLogger(RemindersProcedure.class);
    public static final String STEP = LeaveOnReminders.STEP;

    private final StepEngine engine;
    private final StepTracker steps;

    public RemindersProcedure(StepEngine engine, StepTracker steps) {
        this.engine = engine;
        this.steps = steps;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractCreated(ContractCreated event) {
        ReminderOnboarding.remember(event);
        decide(event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(String onboardingId) {
        ReminderOnboarding.contract(onboardingId).ifPresentOrElse(this::decide,
                () -> LOG.infof("Onboarding %s: retry of %s ignored, no contract is known here yet", onboardingId, STEP));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(StepConfirmed confirmation) {
        String id = confirmation.onboardingId();
        StepStatus status = status(id);
        if (status != StepStatus.WAITING_FOR_PERSON) {
            LOG.infof("Onboarding %s: confirmation of %s refused, the step is %s, not waiting for a person", id, STEP, status);
            return;
        }
        steps.done(id, STEP, confirmation.message() + " (added to the legacy command file)");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void skipped(StepSkipped skip) {
        String id = skip.onboardingId();
        StepStatus status = status(id);
        if (status != null && status.isFinal()) {
            LOG.infof("Onboarding %s: skip of %s ignored, the step is already %s", id, STEP, status);
            return;
        }
        engine.cancel(id, STEP);
        steps.skipped(id, STEP, skip.message());
    }

    private void decide(ContractCreated event) {
        String id = event.onboardingId();
        ReminderPlan.Action action;
        try {
            action = ReminderPlan.plan(event.terms(), event.companyName());
        } catch (ReminderRefused refused) {
            steps.needsAttention(id, STEP, refused.getMessage());
            return;
        }
        if (action instanceof ReminderPlan.NoReminder none) {
            steps.skipped(id, STEP, none.reason());
            return;
        }
        steps.pending(id, STEP, "storing the reminder");
        engine.schedule(id, STEP);
    }

    private StepStatus status(String onboardingId) {
        return steps.find(onboardingId, STEP).map(state -> state.status).orElse(null);
    }
}
