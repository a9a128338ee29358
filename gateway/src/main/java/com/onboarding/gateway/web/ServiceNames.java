package com.onboarding.gateway.web;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.SignedService;
import java.util.List;
import java.util.Locale;

/** The services of an agreement as a person reads them on the board, e.g. "Tier 2 RMM (workstation)". */
final class ServiceNames {

    private ServiceNames() {
    }

    static List<String> of(AgreementTerms terms) {
        return terms == null ? List.of() : terms.services().stream().map(ServiceNames::name).toList();
    }

    static String name(SignedService service) {
        String name = service.name() == null || service.name().isBlank() ? service.kind().name() : service.name();
        return service.deviceKind() == null ? name : name + " (" + service.deviceKind().name().toLowerCase(Locale.ROOT) + ")";
    }
}
