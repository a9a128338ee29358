package com.onboarding.gateway.staff;

import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Step;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.intake.Intake;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingStep;
import com.onboarding.gateway.staff.StepCommands.Command;
import com.onboarding.gateway.terms.TermsAndConditions;
import com.onboarding.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What staff do to an onboarding: each action publishes its event and is audited in the same transaction. The three
 * commands on a step are distinct events and audit actions: {@code retry-step} (StepRetryRequested),
 * {@code confirm-step} (StepConfirmed, with evidence) and {@code skip-step} (StepSkipped, with a reason).
 */
@ApplicationScoped
public class StaffActions {

    static final String RETRY = "retry-step";
    static final String CONFIRM = "confirm-step";
    static final String SKIP = "skip-step";
    static final String CONFIRM_RMM_SETUP = "confirm-rmm-setup";

    private final Outbox outbox;
    private final TermsAndConditions termsAndConditions;
    private final Intake intake;
    private final Clock clock;

    public StaffActions(Outbox outbox, TermsAndConditions termsAndConditions, Intake intake, Clock clock) {
        this.outbox = outbox;
        this.termsAndConditions = termsAndConditions;
        this.intake = intake;
        this.clock = clock;
    }

    /** The RMM technical setup is done: the date the service actually began, as the person entered it, and evidence. */
    @Transactional
    public void confirmRmmSetup(String onboardingId, LocalDate serviceStart, Evidence evidence, String actor) {
        Onboarding onboarding = existing(onboardingId);
        if (onboarding.contractSignedAt == null) {
            throw new IllegalStateException("The contract of " + onboardingId + " has not been handed on yet");
        }
        outbox.publish(SetupCompleted.of(onboardingId, ServiceKind.RMM, serviceStart, actor));
        audit(actor, CONFIRM_RMM_SETUP, onboardingId, "service start " + serviceStart + "; " + evidence.describe(),
                "SetupCompleted (RMM) published");
    }

    @Transactional
    public void setGoLive(String onboardingId, LocalDate goLive, String actor) {
        existing(onboardingId);
        outbox.publish(GoLiveDateSet.of(onboardingId, goLive, actor));
        audit(actor, "set-go-live", onboardingId, "go-live " + goLive, "GoLiveDateSet published");
    }

    /** Runs a FAILED or NEEDS_ATTENTION step again; refused (409) in any other status. */
    @Transactional
    public void retry(String onboardingId, String stepId, String actor) {
        Step step = allowed(Command.RETRY, onboardingId, stepId);
        boolean resent = step.id().equals(GatewaySteps.TERMS_AND_CONDITIONS) && termsAndConditions.retry(onboardingId);
        outbox.publish(StepRetryRequested.of(onboardingId, step.id(), actor));
        audit(actor, RETRY, onboardingId, step.id(), resent ? "T&C envelope to be sent again; StepRetryRequested published"
                : "StepRetryRequested published");
    }

    /**
     * A person did a step that waits for a person: who, when and the evidence go to the step's owner (StepConfirmed).
     * The gateway's own waiting step (the T&C) is recorded on file here. Refused (409) for a step not waiting.
     */
    @Transactional
    public StepConfirmed confirm(String onboardingId, String stepId, Evidence evidence, String actor) {
        Step step = allowed(Command.CONFIRM, onboardingId, stepId);
        StepConfirmed confirmed = StepConfirmed.of(onboardingId, step.id(), actor, OffsetDateTime.now(clock),
                evidence.ticketNumber(), evidence.note());
        if (step.id().equals(GatewaySteps.TERMS_AND_CONDITIONS)) {
            intake.termsAndConditionsReceived(onboardingId, actor, evidence.describe());
        }
        outbox.publish(confirmed);
        audit(actor, CONFIRM, onboardingId, step.id() + ": " + evidence.describe(), "StepConfirmed published");
        return confirmed;
    }

    /** An administrator drops a step that is not finished, with the reason (StepSkipped to its owner). */
    @Transactional
    public void skip(String onboardingId, String stepId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("A reason is required to skip a step");
        }
        if (reason.length() > Evidence.NOTE_MAX) {
            throw new InvalidRequest("The reason is " + reason.length() + " characters long; at most " + Evidence.NOTE_MAX);
        }
        Step step = allowed(Command.SKIP, onboardingId, stepId);
        outbox.publish(StepSkipped.of(onboardingId, step.id(), actor, reason.strip()));
        audit(actor, SKIP, onboardingId, step.id() + ": " + reason.strip(), "StepSkipped published");
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void audit(String actor, String action, String onboardingId, String detail, String result) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.onboardingId = onboardingId;
        entry.detail = detail;
        entry.result = result;
        entry.persist();
    }

    private static Step allowed(Command command, String onboardingId, String stepId) {
        existing(onboardingId);
        Step step = Step.byId(stepId)
                .orElseThrow(() -> new IllegalArgumentException("No step '" + stepId + "' in the procedure"));
        OnboardingStep known = OnboardingStep.findById(new OnboardingStep.Key(onboardingId, step.id()));
        StepStatus status = known == null ? StepStatus.PENDING : StepStatus.valueOf(known.status);
        StepCommands.refusal(command, step, status).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        return step;
    }

    private static Onboarding existing(String onboardingId) {
        Onboarding onboarding = Onboarding.findById(onboardingId);
        if (onboarding == null) {
            throw new NotFoundException("No onboarding " + onboardingId);
        }
        return onboarding;
    }
}
