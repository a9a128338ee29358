package com.onboarding.contract.golive;

import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.onboarding.ServiceSetup;
import com.onboarding.contract.rules.GoLiveDateRule;
import com.onboarding.events.GoLiveReached;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.jpa.SpecHints;

/**
 * Procedure step contract.go-live: a timer stored with the onboarding, so it survives restarts. A due timer is
 * claimed with a row lock that other instances skip, and GoLiveReached is published in the same transaction that
 * marks it fired: once, whatever runs or restarts.
 */
@ApplicationScoped
public class GoLiveTimers {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final StepTracker steps;
    private final Clock clock;

    public GoLiveTimers(EntityManager entityManager, Outbox outbox, StepTracker steps, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Recomputes the go-live date from what is known now (staff, agreement, setups) and shows it on the step; under
     * the timer's row lock, so a timer fired meanwhile stays fired (issue 14: GoLiveReached published twice).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(String onboardingId, Optional<LocalDate> setByStaff) {
        // under the row lock fireDue takes: a timer being fired is waited for and then seen fired, never rewritten
        entityManager.createNativeQuery("insert into go_live_timer (onboarding_id) values (:id) on conflict do nothing")
                .setParameter("id", onboardingId).executeUpdate();
        GoLiveTimer timer = GoLiveTimer.findById(onboardingId, LockModeType.PESSIMISTIC_WRITE);
        if (timer.firedAt != null) {
            return;
        }
        if (setByStaff.isPresent()) {
            timer.setByStaff = setByStaff.get();
        }
        ContractOnboarding onboarding = ContractOnboarding.findById(onboardingId);
        Optional<LocalDate> inAgreement = onboarding == null ? Optional.empty()
                : Optional.ofNullable(onboarding.agreement().goLiveDate());
        Set<ServiceKind> signed = onboarding == null ? Set.of()
                : onboarding.agreement().services().stream().map(SignedService::kind).collect(Collectors.toSet());
        Map<ServiceKind, LocalDate> setups = ServiceSetup.of(onboardingId).stream()
                .collect(Collectors.toMap(setup -> setup.key.serviceKind(), setup -> setup.serviceStart));
        timer.goLiveDate = GoLiveDateRule.goLive(Optional.ofNullable(timer.setByStaff), inAgreement, signed, setups).orElse(null);
        steps.pending(onboardingId, ContractSteps.GO_LIVE, timer.goLiveDate == null
                ? "Waiting for a go-live date: staff set it, or it is the day the last signed service is set up"
                : "Go-live on " + timer.goLiveDate);
    }

    /** Fires every due timer not fired yet; returns how many. */
    @Transactional
    public int fireDue() {
        List<GoLiveTimer> due = entityManager.createQuery(
                "from GoLiveTimer where firedAt is null and goLiveDate <= :today order by goLiveDate", GoLiveTimer.class)
                .setParameter("today", LocalDate.now(clock))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .setMaxResults(50)
                .getResultList();
        for (GoLiveTimer timer : due) {
            timer.firedAt = OffsetDateTime.now(clock);
            outbox.publish(GoLiveReached.of(timer.onboardingId, timer.goLiveDate));
            steps.done(timer.onboardingId, ContractSteps.GO_LIVE, "Went live on " + timer.goLiveDate);
        }
        return due.size();
    }
}
