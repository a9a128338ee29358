package com.onboarding.reporting.rules;

import com.onboarding.events.AgreementTerms;
import java.util.Optional;

/** Reports are scheduled for RMM only, never for a backup-only contract (procedure, section III). */
public final class ReportScope {

    private ReportScope() {
    }

    /** Why the reports steps are skipped for these terms; empty when they apply. */
    public static Optional<String> skipReason(AgreementTerms terms) {
        if (terms == null || terms.hasRmm()) {
            return Optional.empty();
        }
        return Optional.of(terms.isBackupOnly()
                ? "Backup-only contract: reports are scheduled for RMM contracts only"
                : "No RMM service in the agreement: reports are scheduled for RMM contracts only");
    }
}
