package com.onboarding.contract.rules;

import com.onboarding.events.ServiceKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When the onboarding goes live. A date staff set through the gateway wins; then the agreement's go-live date;
 * without either, the day the last signed service went into effect (every SetupCompleted in), because that is when
 * the customer is fully on the service. Until then there is no date and the timer waits.
 */
public final class GoLiveDateRule {

    private GoLiveDateRule() {
    }

    public static Optional<LocalDate> goLive(Optional<LocalDate> setByStaff, Optional<LocalDate> inAgreement,
            Set<ServiceKind> signed, Map<ServiceKind, LocalDate> setupCompleted) {
        if (setByStaff.isPresent()) {
            return setByStaff;
        }
        if (inAgreement.isPresent()) {
            return inAgreement;
        }
        if (signed.isEmpty() || !setupCompleted.keySet().containsAll(signed)) {
            return Optional.empty();
        }
        return signed.stream().map(setupCompleted::get).max(LocalDate::compareTo);
    }
}
