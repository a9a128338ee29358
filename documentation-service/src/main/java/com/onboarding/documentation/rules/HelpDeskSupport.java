package com.onboarding.documentation.rules;

import com.onboarding.events.AgreementTerms;

/**
 * Which "Help Desk Support Type" a customer gets (the company UDF, set on the go-live date and never earlier): a
 * managed services agreement with help desk gets help desk; otherwise a backup-only contract gets backup only;
 * otherwise no help desk. The picklist label of each is configuration; the value sent is looked up from it.
 */
public enum HelpDeskSupport {
    HELP_DESK, BACKUP_ONLY, NO_HELP_DESK;

    public static HelpDeskSupport of(AgreementTerms terms) {
        if (terms.managedServicesWithHelpDesk()) {
            return HELP_DESK;
        }
        return terms.isBackupOnly() ? BACKUP_ONLY : NO_HELP_DESK;
    }
}
