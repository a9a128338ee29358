package com.onboarding.gateway.staff;

import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.terms.TermsAndConditions;
import com.onboarding.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What staff do to an onboarding: each action publishes its event and is audited in the same transaction. */
@ApplicationScoped
public class StaffActions {

    private final Outbox outbox;
    private final TermsAndConditions termsAndConditions;
    private final Clock clock;

    public StaffActions(Outbox outbox, TermsAndConditions termsAndConditions, Clock clock) {
        this.outbox = outbox;
        this.termsAndConditions = termsAndConditions;
        this.clock = clock;
    }

    @Transactional
    public void confirmRmmSetup(String onboardingId, LocalDate serviceStart, String actor) {
        Onboarding onboarding = existing(onboardingId);
        if (onboarding.contractSignedAt == null) {
            throw new IllegalStateException("The contract of " + onboardingId + " has not been handed on yet");
        }
        outbox.publish(SetupCompleted.of(onboardingId, ServiceKind.RMM, serviceStart, actor));
        audit(actor, "confirm-rmm-setup", onboardingId, "service start " + serviceStart, "SetupCompleted (RMM) published");
    }

    @Transactional
    public void setGoLive(String onboardingId, LocalDate goLive, String actor) {
        existing(onboardingId);
        outbox.publish(GoLiveDateSet.of(onboardingId, goLive, actor));
        audit(actor, "set-go-live", onboardingId, "go-live " + goLive, "GoLiveDateSet published");
    }

    @Transactional
    public void retry(String onboardingId, String step, String actor) {
        existing(onboardingId);
        if (GatewaySteps.ALL.stream().noneMatch(s -> s.id().equals(step))) {
            throw new IllegalArgumentException("No step '" + step + "' in the procedure");
        }
        boolean resent = step.equals(GatewaySteps.TERMS_AND_CONDITIONS) && termsAndConditions.retry(onboardingId);
        outbox.publish(StepRetryRequested.of(onboardingId, step, actor));
        audit(actor, "retry-step", onboardingId, step, resent ? "T&C envelope to be sent again; StepRetryRequested published"
                : "StepRetryRequested published");
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

    private static Onboarding existing(String onboardingId) {
        Onboarding onboarding = Onboarding.findById(onboardingId);
        if (onboarding == null) {
            throw new NotFoundException("No onboarding " + onboardingId);
        }
        return onboarding;
    }
}
