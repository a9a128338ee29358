package com.onboarding.contract.rules;

import static com.onboarding.contract.rules.Terms.rmm;
import static com.onboarding.contract.rules.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.Commitment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractChoiceTest {

    @Test
    void an_existing_monthly_contract_is_reused_without_annual_commitment() {
        ContractChoice.Decision decision = ContractChoice.decide(terms(Commitment.MONTHLY, rmm()), Optional.of(42L));
        assertThat(decision.reuse()).isTrue();
        assertThat(decision.existingContractId()).contains(42L);
    }

    @Test
    void an_annual_commitment_always_gets_a_new_contract() {
        assertThat(ContractChoice.decide(terms(Commitment.ANNUAL, rmm()), Optional.of(42L)).reuse()).isFalse();
    }

    @Test
    void without_a_monthly_contract_a_new_one_is_created() {
        assertThat(ContractChoice.decide(terms(Commitment.MONTHLY, rmm()), Optional.empty()).reuse()).isFalse();
    }

    @Test
    void default_service_desk_contract_exactly_when_managed_services_with_help_desk() {
        assertThat(ContractChoice.defaultServiceDeskContract(terms(Commitment.MONTHLY, true, rmm()))).isTrue();
        assertThat(ContractChoice.defaultServiceDeskContract(terms(Commitment.MONTHLY, false, rmm()))).isFalse();
    }
}
