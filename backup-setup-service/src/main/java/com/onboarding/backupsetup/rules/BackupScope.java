package com.onboarding.backupsetup.rules;

import com.onboarding.events.AgreementTerms;
import java.util.Optional;

/** Section VI's backup setup is for agreements that include backup; an RMM-only agreement follows the RMM template. */
public final class BackupScope {

    private BackupScope() {
    }

    /** Why the backup steps do not apply to this agreement, or empty when they do. */
    public static Optional<String> skipReason(AgreementTerms terms) {
        if (terms.hasBackup()) {
            return Optional.empty();
        }
        return Optional.of("No backup service in the signed agreement: the backup setup is not needed"
                + " (the RMM setup follows the project template and is confirmed by staff)");
    }
}
