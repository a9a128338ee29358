package com.onboarding.contract.rules;

import static com.onboarding.contract.rules.Terms.backup;
import static com.onboarding.contract.rules.Terms.rmm;
import static com.onboarding.contract.rules.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.Commitment;
import org.junit.jupiter.api.Test;

class ContractNamingTest {

    @Test
    void rmm_contract_is_named_account_monthly_services() {
        assertThat(ContractNaming.name("Joe's Diner", terms(Commitment.MONTHLY, rmm()))).isEqualTo("Joe's Diner Monthly Services");
    }

    @Test
    void rmm_with_backup_is_named_account_monthly_services() {
        assertThat(ContractNaming.name("Joe's Diner", terms(Commitment.MONTHLY, rmm(), backup())))
                .isEqualTo("Joe's Diner Monthly Services");
    }

    @Test
    void backup_only_contract_is_named_account_backup_services() {
        assertThat(ContractNaming.name("Joe's Diner", terms(Commitment.MONTHLY, backup()))).isEqualTo("Joe's Diner Backup Services");
    }

    @Test
    void name_starts_with_the_autotask_company_name_exactly() {
        assertThat(ContractNaming.name("JOE'S DINER, LLC", terms(Commitment.MONTHLY, rmm()))).startsWith("JOE'S DINER, LLC ");
    }
}
