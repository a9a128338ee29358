package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void recurring_tickets_repeat_from_the_service_start_on_the_same_day_or_the_month_end() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        LocalDate end = LocalDate.of(2027, 6, 30);
        assertThat(Recurrence.occurrence(start, 1, 0, end)).contains(start);
        assertThat(Recurrence.occurrence(start, 1, 1, end)).contains(LocalDate.of(2026, 2, 28));
        assertThat(Recurrence.occurrence(start, 1, 2, end)).contains(LocalDate.of(2026, 3, 31));
        assertThat(Recurrence.occurrence(start, 3, 1, end)).contains(LocalDate.of(2026, 4, 30));
    }

    @Test
    void recurring_tickets_stop_at_the_contract_end() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        LocalDate end = LocalDate.of(2026, 4, 30);
        assertThat(Recurrence.occurrence(start, 1, 3, end)).contains(end);
        assertThat(Recurrence.occurrence(start, 1, 4, end)).isEmpty();
    }

    @Test
    void no_recurring_ticket_when_the_contract_ends_before_the_service_starts() {
        assertThat(Recurrence.occurrence(LocalDate.of(2026, 12, 9), 1, 0, LocalDate.of(2026, 6, 30))).isEmpty();
    }
}
