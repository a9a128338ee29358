package com.onboarding.documentation.rules;

import com.onboarding.events.AgreementTerms;

/**
 * The agreement's service type, written to "Type of Managed Services" of the customer's IT Glue Site Summary
 * (the IT Glue option of each is configuration): managed services with help desk are fully managed; otherwise
 * what was signed, RMM and backup, RMM only or backup only.
 */
public enum ManagedServicesType {
    FULLY_MANAGED, RMM_AND_BACKUP, RMM_ONLY, BACKUP_ONLY;

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
}
