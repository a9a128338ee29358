package com.onboarding.contract.rules;

import com.onboarding.events.AgreementTerms;

/**
 * Procedure I.2: the contract name starts with the Autotask account name exactly, so it is easy to find in Autotask;
 * an RMM contract is "&lt;Account&gt; Monthly Services". A backup-only contract is "&lt;Account&gt; Backup Services"
 * (our choice: the procedure names only the RMM case, and "Monthly Services" would suggest RMM to the office).
 */
public final class ContractNaming {

    private ContractNaming() {
    }

    public static String name(String autotaskCompanyName, AgreementTerms terms) {
        return autotaskCompanyName + (terms.isBackupOnly() ? " Backup Services" : " Monthly Services");
    }
}
