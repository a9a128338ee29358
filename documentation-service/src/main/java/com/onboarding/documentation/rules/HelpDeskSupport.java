package com.onboarding.documentation.rules;

import static java.util.Map.entry;

import com.onboarding.events.AgreementTerms;
import java.util.Map;

/**
 * Which "Help Desk Support Type" a customer gets (the company UDF, set on the go-live date and never earlier): a
 * managed services agreement with help desk gets help desk; otherwise a backup-only contract gets backup only;
 * otherwise no help desk. The picklist label of each is configuration; the value sent is looked up from it.
 * An existing customer is never downgraded: {@link #merged} is the table of what they have x what they signed.
 */
public enum HelpDeskSupport {
    HELP_DESK, BACKUP_ONLY, NO_HELP_DESK;

    /** current -> signed -> new: help desk stays help desk; backup-only support is kept when RMM alone is signed. */
    private static final Map<HelpDeskSupport, Map<HelpDeskSupport, HelpDeskSupport>> TABLE = Map.of(
            HELP_DESK, Map.of(HELP_DESK, HELP_DESK, BACKUP_ONLY, HELP_DESK, NO_HELP_DESK, HELP_DESK),
            BACKUP_ONLY, Map.of(HELP_DESK, HELP_DESK, BACKUP_ONLY, BACKUP_ONLY, NO_HELP_DESK, BACKUP_ONLY),
            NO_HELP_DESK, Map.ofEntries(entry(HELP_DESK, HELP_DESK), entry(BACKUP_ONLY, BACKUP_ONLY),
                    entry(NO_HELP_DESK, NO_HELP_DESK)));

    public static HelpDeskSupport of(AgreementTerms terms) {
        if (terms.managedServicesWithHelpDesk()) {
            return HELP_DESK;
        }
        return terms.isBackupOnly() ? BACKUP_ONLY : NO_HELP_DESK;
    }

    public static HelpDeskSupport merged(HelpDeskSupport current, HelpDeskSupport signed) {
        return TABLE.get(current).get(signed);
    }
}
