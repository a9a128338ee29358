package com.onboarding.backupsetup.rules;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.util.stream.Collectors;

/**
 * The backup setup ticket (procedure VI: "Create a ticket using category New MSA Customer – O/B New Service"). Its
 * title names the onboarding, so looking it up by company, category and title finds this onboarding's ticket and
 * no other. The link to the IT Glue instructions is added to the description once the document exists.
 */
public record SetupTicket(String title, String description) {

    static final String INSTRUCTIONS_LABEL = "Detailed backup instructions (IT Glue): ";

    public static SetupTicket of(String onboardingId, String company, String contractName, long contractId,
            AgreementTerms terms, String serviceStartField) {
        String services = terms.services().stream().filter(s -> s.kind() == ServiceKind.BACKUP)
                .map(SetupTicket::service).collect(Collectors.joining("; "));
        String description = """
                Backup setup for a new MSA customer (procedure section VI, "Technical Setup for Backup").
                Customer: %s. Contract: %s (%d).
                Signed backup service: %s.
                Intended start: %s.
                Work through the checklist of this ticket. When every item is complete the onboarding records the \
                backup service as in effect from the day the last item was completed; if it began on another day, \
                enter that date (yyyy-mm-dd) in the ticket field "%s" before completing the last item.
                The onboarding's progress is added to this ticket as notes.
                [onboarding %s]"""
                .formatted(company, contractName, contractId, services.isEmpty() ? "none named" : services,
                        terms.intendedStart() == null ? "not stated in the agreement" : terms.intendedStart(),
                        serviceStartField, onboardingId);
        return new SetupTicket("Backup setup: " + company + " [onboarding " + onboardingId + "]", description);
    }

    /** The ticket description with the link to the IT Glue instructions (the same text however often applied). */
    public static String withInstructions(String description, String link) {
        String current = description == null ? "" : description;
        if (current.contains(link)) {
            return current;
        }
        return current + "\n" + INSTRUCTIONS_LABEL + link;
    }

    private static String service(SignedService service) {
        return service.name() + (service.monthlyPrice() == null ? "" : " at " + service.monthlyPrice() + " per month");
    }
}
