package com.onboarding.documentation.rules;

import com.onboarding.events.AgreementTerms;
import java.util.Map;

/**
 * The agreement's service type, written to "Type of Managed Services" of the customer's IT Glue Site Summary
 * (the IT Glue option of each is configuration): managed services with help desk are fully managed; otherwise
 * what was signed, RMM and backup, RMM only or backup only. An existing customer is never downgraded:
 * {@link #merged} is the table of what they have x what they signed (the services add up).
 */
public enum ManagedServicesType {
    FULLY_MANAGED, RMM_AND_BACKUP, RMM_ONLY, BACKUP_ONLY;

    /** current -> signed -> new. */
    private static final Map<ManagedServicesType, Map<ManagedServicesType, ManagedServicesType>> TABLE = Map.of(
            FULLY_MANAGED, Map.of(FULLY_MANAGED, FULLY_MANAGED, RMM_AND_BACKUP, FULLY_MANAGED, RMM_ONLY, FULLY_MANAGED,
                    BACKUP_ONLY, FULLY_MANAGED),
            RMM_AND_BACKUP, Map.of(FULLY_MANAGED, FULLY_MANAGED, RMM_AND_BACKUP, RMM_AND_BACKUP, RMM_ONLY, RMM_AND_BACKUP,
                    BACKUP_ONLY, RMM_AND_BACKUP),
            RMM_ONLY, Map.of(FULLY_MANAGED, FULLY_MANAGED, RMM_AND_BACKUP, RMM_AND_BACKUP, RMM_ONLY, RMM_ONLY,
                    BACKUP_ONLY, RMM_AND_BACKUP),
            BACKUP_ONLY, Map.of(FULLY_MANAGED, FULLY_MANAGED, RMM_AND_BACKUP, RMM_AND_BACKUP, RMM_ONLY, RMM_AND_BACKUP,
                    BACKUP_ONLY, BACKUP_ONLY));

    public static ManagedServicesType of(AgreementTerms terms) {
        if (terms.services().isEmpty()) {
            throw new IllegalArgumentException("The agreement names no service");
        }
        if (terms.managedServicesWithHelpDesk()) {
            return FULLY_MANAGED;
        }
        if (terms.hasRmm()) {
            return terms.hasBackup() ? RMM_AND_BACKUP : RMM_ONLY;
        }
        return BACKUP_ONLY;
    }

    public static ManagedServicesType merged(ManagedServicesType current, ManagedServicesType signed) {
        return TABLE.get(current).get(signed);
    }
}
