package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.contract.autotask.ExistingContract;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyContractPickTest {

    static final ExistingContract SHORT = new ExistingContract(10, "Monthly 2025", LocalDate.of(2026, 12, 31), false);
    static final ExistingContract LONG = new ExistingContract(20, "Monthly 2026", LocalDate.of(2028, 5, 31), false);
    static final ExistingContract DESK = new ExistingContract(30, "Help Desk Monthly", LocalDate.of(2027, 6, 30), true);

    @Test
    void no_monthly_contract_picks_none() {
        assertThat(MonthlyContractPick.pick(List.of())).isEmpty();
    }

    @Test
    void the_only_monthly_contract_is_picked() {
        assertThat(MonthlyContractPick.pick(List.of(SHORT)).orElseThrow().contract()).isEqualTo(SHORT);
    }

    @Test
    void the_default_service_desk_contract_wins_over_a_longer_one_and_the_message_lists_the_others() {
        MonthlyContractPick.Pick pick = MonthlyContractPick.pick(List.of(SHORT, LONG, DESK)).orElseThrow();
        assertThat(pick.contract()).isEqualTo(DESK);
        assertThat(pick.reason()).contains("3 monthly contracts", "Default Service Desk Contract",
                "'Monthly 2025' (10)", "'Monthly 2026' (20)").doesNotContain("(30)");
    }

    @Test
    void without_a_single_service_desk_contract_the_one_that_runs_longest_is_picked() {
        assertThat(MonthlyContractPick.pick(List.of(SHORT, LONG)).orElseThrow().contract()).isEqualTo(LONG);
        ExistingContract secondDesk = new ExistingContract(40, "Desk too", LocalDate.of(2029, 1, 31), true);
        assertThat(MonthlyContractPick.pick(List.of(DESK, secondDesk, LONG)).orElseThrow().contract()).isEqualTo(secondDesk);
    }

    @Test
    void no_end_date_runs_longest_and_a_tie_goes_to_the_oldest() {
        ExistingContract open = new ExistingContract(50, "Open ended", null, false);
        assertThat(MonthlyContractPick.pick(List.of(LONG, open)).orElseThrow().contract()).isEqualTo(open);
        ExistingContract twin = new ExistingContract(15, "Twin", LONG.endDate(), false);
        MonthlyContractPick.Pick pick = MonthlyContractPick.pick(List.of(LONG, twin)).orElseThrow();
        assertThat(pick.contract()).isEqualTo(twin);
        assertThat(pick.reason()).contains("runs longest (to 2028-05-31)");
    }
}
