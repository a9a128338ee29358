package com.onboarding.contract;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.Contact;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.testsupport.Sandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Agreements and Autotask tenants for the component tests. */
final class Agreements {

    static final SignedService TIER_2_RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("150.00"));
    static final SignedService CLOUD_BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("80.00"));

    private Agreements() {
    }

    static String uniqueAccount(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long seedCompany(String name) {
        return Sandbox.seedAutotask("Companies", Map.of("companyName", name, "companyType", 1, "phone", "212-555-0199",
                "ownerResourceID", 29682886));
    }

    static long seedMonthlyContract(long companyId) {
        return Sandbox.seedAutotask("Contracts", Map.of("companyID", companyId, "contractName", "Existing Monthly Services",
                "contractType", 7, "contractPeriodType", 1, "status", 1, "startDate", "2025-01-01T00:00:00",
                "endDate", "2027-12-31T00:00:00", "timeReportingRequiresStartAndStopTimes", 0));
    }

    static AgreementTerms terms(String account, Commitment commitment, LocalDate goLive, SignedService... services) {
        return new AgreementTerms(account, CustomerKind.BUSINESS, List.of(services), new BigDecimal("249.50"), commitment,
                true, Platforms.WINDOWS, List.of(new Contact("Joe", "joe@example.com")), List.of(),
                LocalDate.of(2026, 12, 17), goLive);
    }
}
