package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SignedPriceCheckTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 12, 3);

    @Test
    void a_price_other_than_the_signed_one_is_never_accepted() {
        assertThat(SignedPriceCheck.mismatch("Tier 2 RMM", new BigDecimal("150.00"), STARTED,
                new BigDecimal("40.00"), STARTED, 7)).get().asString()
                .contains("40.00").contains("150.00").contains("retry");
    }

    @Test
    void the_signed_price_matches_whatever_its_scale() {
        assertThat(SignedPriceCheck.mismatch("Tier 2 RMM", new BigDecimal("150.00"), STARTED,
                new BigDecimal("150"), STARTED, 7)).isEmpty();
    }

    @Test
    void a_service_without_a_price_in_autotask_needs_attention() {
        assertThat(SignedPriceCheck.mismatch("Tier 2 RMM", new BigDecimal("150.00"), STARTED, null, STARTED, 7))
                .get().asString().contains("(none)");
    }

    @Test
    void the_service_starts_on_the_actual_start_not_the_contract_start() {
        assertThat(SignedPriceCheck.mismatch("Backup", new BigDecimal("75"), LocalDate.of(2026, 12, 9),
                new BigDecimal("75"), LocalDate.of(2026, 12, 1), 7)).get().asString().contains("2026-12-09");
    }

    @Test
    void a_line_of_several_devices_matches_in_unit_price_and_quantity() {
        assertThat(SignedPriceCheck.mismatch("Tier 2 RMM", new BigDecimal("45.00"), 12, STARTED,
                new BigDecimal("45"), 12, STARTED, 7)).isEmpty();
    }

    @Test
    void a_quantity_other_than_the_signed_one_is_never_accepted() {
        assertThat(SignedPriceCheck.mismatch("Server RMM", new BigDecimal("95.50"), 2, STARTED,
                new BigDecimal("95.50"), 1, STARTED, 7)).get().asString()
                .contains("Autotask shows 1 units but the signed agreement says 2").contains("retry");
        assertThat(SignedPriceCheck.mismatch("Server RMM", new BigDecimal("95.50"), 2, STARTED,
                new BigDecimal("95.50"), null, STARTED, 7)).get().asString().contains("shows no units");
    }
}
