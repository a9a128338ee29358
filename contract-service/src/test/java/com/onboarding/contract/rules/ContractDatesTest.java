package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractDatesTest {

    @Test
    void start_date_is_the_first_of_the_month_services_begin() {
        assertThat(ContractDates.startDate(LocalDate.of(2026, 12, 17))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ContractDates.startDate(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ContractDates.startDate(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 1));
    }

    @Test
    void end_date_is_the_last_day_of_the_18th_month() {
        assertThat(ContractDates.endDate(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(ContractDates.endDate(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void end_date_is_the_last_day_of_the_18th_month_whatever_its_length() {
        assertThat(ContractDates.endDate(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(ContractDates.endDate(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2027, 10, 31));
        assertThat(ContractDates.endDate(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void end_date_is_the_leap_day_when_the_18th_month_is_a_leap_february() {
        assertThat(ContractDates.endDate(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ContractDates.endDate(LocalDate.of(2025, 9, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void a_contract_starting_in_a_leap_february_still_runs_18_whole_months() {
        LocalDate start = ContractDates.startDate(LocalDate.of(2028, 2, 29));
        assertThat(ContractDates.endDate(start)).isEqualTo(LocalDate.of(2029, 7, 31));
    }
}
