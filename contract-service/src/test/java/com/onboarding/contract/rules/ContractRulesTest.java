package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    @Test
    void start_date_is_the_first_of_the_month_services_begin() {
        assertThat(ContractDates.startDate(LocalDate.of(2026, 12, 17))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ContractDates.startDate(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void end_date_is_the_last_day_of_the_18th_month() {
        assertThat(ContractDates.endDate(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(ContractDates.endDate(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void end_date_lands_on_a_leap_day_when_the_18th_month_is_a_leap_february() {
        assertThat(ContractDates.endDate(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ContractDates.endDate(LocalDate.of(2025, 9, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void rmm_contract_is_named_account_monthly_services() {
        assertThat(ContractNaming.name("Joe's Diner", terms(Commitment.MONTHLY, rmm()))).isEqualTo("Joe's Diner Monthly Services");
    }

    @Test
    void backup_only_contract_is_named_account_backup_services() {
        assertThat(ContractNaming.name("Joe's Diner", terms(Commitment.MONTHLY, backup()))).isEqualTo("Joe's Diner Backup Services");
    }

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
        AgreementTerms withHelpDesk = terms(Commitment.MONTHLY, rmm());
        AgreementTerms without = new AgreementTerms("A", CustomerKind.BUSINESS, List.of(rmm()), BigDecimal.TEN,
                Commitment.MONTHLY, false, Platforms.WINDOWS, List.of(), List.of(), LocalDate.of(2026, 12, 1), null);
        assertThat(ContractChoice.defaultServiceDeskContract(withHelpDesk)).isTrue();
        assertThat(ContractChoice.defaultServiceDeskContract(without)).isFalse();
    }

    @Test
    void a_price_other_than_the_signed_one_is_never_accepted() {
        assertThat(SignedPriceCheck.mismatch("Tier 2 RMM", new BigDecimal("150.00"), LocalDate.of(2026, 12, 3),
                new BigDecimal("40.00"), LocalDate.of(2026, 12, 3), 7)).get().asString()
                .contains("40.00").contains("150.00").contains("retry");
        assertThat(SignedPriceCheck.mismatch("Tier 2 RMM", new BigDecimal("150.00"), LocalDate.of(2026, 12, 3),
                new BigDecimal("150"), LocalDate.of(2026, 12, 3), 7)).isEmpty();
    }

    @Test
    void the_service_starts_on_the_actual_start_not_the_contract_start() {
        assertThat(SignedPriceCheck.mismatch("Backup", new BigDecimal("75"), LocalDate.of(2026, 12, 9),
                new BigDecimal("75"), LocalDate.of(2026, 12, 1), 7)).get().asString().contains("2026-12-09");
    }

    @Test
    void go_live_set_by_staff_wins_over_the_agreement() {
        assertThat(GoLiveDateRule.goLive(Optional.of(LocalDate.of(2027, 1, 4)), Optional.of(LocalDate.of(2026, 12, 15)),
                Set.of(ServiceKind.RMM), Map.of())).contains(LocalDate.of(2027, 1, 4));
        assertThat(GoLiveDateRule.goLive(Optional.empty(), Optional.of(LocalDate.of(2026, 12, 15)),
                Set.of(ServiceKind.RMM), Map.of())).contains(LocalDate.of(2026, 12, 15));
    }

    @Test
    void without_a_date_go_live_is_when_the_last_signed_service_is_set_up() {
        Set<ServiceKind> signed = Set.of(ServiceKind.RMM, ServiceKind.BACKUP);
        assertThat(GoLiveDateRule.goLive(Optional.empty(), Optional.empty(), signed,
                Map.of(ServiceKind.RMM, LocalDate.of(2026, 12, 3)))).isEmpty();
        assertThat(GoLiveDateRule.goLive(Optional.empty(), Optional.empty(), signed,
                Map.of(ServiceKind.RMM, LocalDate.of(2026, 12, 3), ServiceKind.BACKUP, LocalDate.of(2026, 12, 8))))
                .contains(LocalDate.of(2026, 12, 8));
    }

    @Test
    void recurring_tickets_repeat_monthly_from_the_service_start_and_stop_at_the_contract_end() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        LocalDate end = LocalDate.of(2026, 4, 30);
        assertThat(Recurrence.occurrence(start, 1, 0, end)).contains(start);
        assertThat(Recurrence.occurrence(start, 1, 1, end)).contains(LocalDate.of(2026, 2, 28));
        assertThat(Recurrence.occurrence(start, 1, 3, end)).contains(end);
        assertThat(Recurrence.occurrence(start, 1, 4, end)).isEmpty();
    }

    static SignedService rmm() {
        return new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION, new BigDecimal("150.00"));
    }

    static SignedService backup() {
        return new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("80.00"));
    }

    static AgreementTerms terms(Commitment commitment, SignedService service) {
        return new AgreementTerms("Joe's Diner", CustomerKind.BUSINESS, List.of(service), new BigDecimal("249.50"),
                commitment, true, Platforms.WINDOWS, List.of(), List.of(), LocalDate.of(2026, 12, 17), null);
    }
}
