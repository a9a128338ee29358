package com.onboarding.contract.rules;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Agreement terms for the rule tests. */
final class Terms {

    private Terms() {
    }

    static SignedService rmm() {
        return new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION, new BigDecimal("150.00"));
    }

    static SignedService backup() {
        return new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("80.00"));
    }

    static AgreementTerms terms(Commitment commitment, boolean managedWithHelpDesk, SignedService... services) {
        return new AgreementTerms("Joe's Diner", CustomerKind.BUSINESS, List.of(services), new BigDecimal("249.50"),
                commitment, managedWithHelpDesk, Platforms.WINDOWS, List.of(), List.of(), LocalDate.of(2026, 12, 17), null);
    }

    static AgreementTerms terms(Commitment commitment, SignedService... services) {
        return terms(commitment, true, services);
    }
}
