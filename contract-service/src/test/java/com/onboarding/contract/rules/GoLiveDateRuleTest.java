package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.ServiceKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoLiveDateRuleTest {

    @Test
    void go_live_set_by_staff_wins_over_the_agreement() {
        assertThat(GoLiveDateRule.goLive(Optional.of(LocalDate.of(2027, 1, 4)), Optional.of(LocalDate.of(2026, 12, 15)),
                Set.of(ServiceKind.RMM), Map.of())).contains(LocalDate.of(2027, 1, 4));
    }

    @Test
    void go_live_is_the_agreement_date_when_staff_set_none() {
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
}
