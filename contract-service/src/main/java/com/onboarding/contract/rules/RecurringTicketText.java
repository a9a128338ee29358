package com.onboarding.contract.rules;

import com.onboarding.events.ServiceKind;
import java.time.LocalDate;

/**
 * What each occurrence of a recurring ticket says: which contract and recurrence it belongs to and, for a service
 * with detailed instructions (the backup setup's IT Glue document, procedure section VI: "add link to instructions
 * to recurring ticket description"), the link to them. The marker finds the occurrence again in Autotask.
 */
public final class RecurringTicketText {

    private RecurringTicketText() {
    }

    public static String description(ServiceKind kind, long contractId, int everyMonths, LocalDate contractEnd,
            String instructionsUrl, String marker) {
        String instructions = instructionsUrl == null || instructionsUrl.isBlank() ? ""
                : "Instructions: " + instructionsUrl + "\n";
        return instructions + "Recurring " + kind + " ticket of contract " + contractId + ", every " + everyMonths
                + " month(s) until " + contractEnd + "; created by onboarding-suite. " + marker;
    }
}
