package com.onboarding.contract.onboarding;

import com.onboarding.contract.rules.GoLiveDateRule;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is known of an onboarding's go-live besides its timer (the timer is the step engine's): the date staff set,
 * and when GoLiveReached was published (once). A row may exist before the contract is signed (staff set a date).
 */
@Entity
@Table(name = "go_live")
public class GoLive extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "set_by_staff")
    public LocalDate setByStaff;

    @Column(name = "reached_on")
    public LocalDate reachedOn;

    @Column(name = "reached_at")
    public OffsetDateTime reachedAt;

    /** The onboarding's row under its lock (created if missing): a go-live being recorded is waited for. */
    public static GoLive lock(String onboardingId) {
        getEntityManager().createNativeQuery("insert into go_live (onboarding_id) values (:id) on conflict do nothing")
                .setParameter("id", onboardingId).executeUpdate();
        return findById(onboardingId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean reached() {
        return reachedAt != null;
    }

    /** The go-live date from what is known now ({@link GoLiveDateRule}): staff, the agreement, the setups. */
    public Optional<LocalDate> date() {
        ContractOnboarding onboarding = ContractOnboarding.findById(onboardingId);
        Optional<LocalDate> inAgreement = onboarding == null ? Optional.empty()
                : Optional.ofNullable(onboarding.agreement().goLiveDate());
        Set<ServiceKind> signed = onboarding == null ? Set.of()
                : onboarding.agreement().services().stream().map(SignedService::kind).collect(Collectors.toSet());
        Map<ServiceKind, LocalDate> setups = ServiceSetup.of(onboardingId).stream()
                .collect(Collectors.toMap(setup -> setup.key.serviceKind(), setup -> setup.serviceStart));
        return GoLiveDateRule.goLive(Optional.ofNullable(setByStaff), inAgreement, signed, setups);
    }
}
