package com.onboarding.documentation.rules;

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

    static final SignedService RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("40.00"));
    static final SignedService BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("75.00"));

    private Terms() {
    }

    static AgreementTerms of(boolean helpDesk, SignedService... services) {
        return new AgreementTerms("Joe's Diner", CustomerKind.BUSINESS, List.of(services), new BigDecimal("150.00"),
                Commitment.MONTHLY, helpDesk, Platforms.WINDOWS, List.of(), List.of(), LocalDate.of(2026, 12, 14), null);
    }
}
