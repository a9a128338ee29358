package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RmmItemPollingTest {

    private final RmmItemPolling polling = new RmmItemPolling(Duration.ofMinutes(2), Duration.ofMinutes(30), 10);

    @Test
    void each_wait_doubles_up_to_the_maximum() {
        assertThat(polling.delayAfter(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(polling.delayAfter(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(polling.delayAfter(4)).isEqualTo(Duration.ofMinutes(16));
        assertThat(polling.delayAfter(5)).isEqualTo(Duration.ofMinutes(30));
        assertThat(polling.delayAfter(9)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_wait_is_bounded_and_then_a_person_is_told_what_is_missing() {
        assertThat(polling.givesUpAfter(9)).isFalse();
        assertThat(polling.givesUpAfter(10)).isTrue();
        assertThat(polling.window()).isEqualTo(Duration.ofMinutes(2 + 4 + 8 + 16 + 30 * 5));
        assertThat(RmmItemPolling.missing("Joe's Diner", 174, 10, polling.window()))
                .contains("Joe's Diner", "company 174", "RMM agent", "retry");
    }
}
