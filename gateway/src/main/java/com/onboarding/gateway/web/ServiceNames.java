package com.onboarding.gateway.web;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.SignedService;
import java.util.List;
import com.onboarding.gateway.onboarding.BoardSummary;

/** The services of an agreement as a person reads them on the board, e.g. "Tier 2 RMM (workstation)". */
final class ServiceNames {

    private ServiceNames() {
    }

    static List<String> of(AgreementTerms terms) {
        return terms == null ? List.of() : terms.services().stream().map(ServiceNames::name).toList();
    }

    static String name(SignedService service) {
        return BoardSummary.serviceName(service);
    }
}
