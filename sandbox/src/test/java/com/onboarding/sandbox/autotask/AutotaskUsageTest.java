package com.onboarding.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AutotaskUsageTest {

    static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void requests_beyond_the_threshold_in_a_rolling_timeframe_are_refused_and_reported() {
        AutotaskUsage usage = new AutotaskUsage(3, Duration.ofSeconds(10), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(usage.arrive("tickets", i * SECOND)).isEqualTo(AutotaskUsage.Admission.ADMITTED);
            usage.finished("tickets");
        }
        assertThat(usage.arrive("companies", 5 * SECOND)).isEqualTo(AutotaskUsage.Admission.OVER_THRESHOLD);
        assertThat(usage.report(5 * SECOND)).containsEntry("thresholdExceeded", true).containsEntry("mostInAnyTimeframe", 4L)
                .containsEntry("refusedOverThreshold", 1L);
        // a refused request counts too (as at Autotask); once they all left the timeframe requests are admitted again
        assertThat(usage.arrive("companies", 9 * SECOND)).isEqualTo(AutotaskUsage.Admission.OVER_THRESHOLD);
        assertThat(usage.arrive("companies", 19 * SECOND + 1)).isEqualTo(AutotaskUsage.Admission.ADMITTED);
    }

    @Test
    void a_fourth_request_at_once_on_one_endpoint_is_refused_but_another_endpoint_is_free() {
        AutotaskUsage usage = new AutotaskUsage(100, Duration.ofMinutes(60), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(usage.arrive("tickets", i)).isEqualTo(AutotaskUsage.Admission.ADMITTED);
        }
        assertThat(usage.arrive("tickets", 4)).isEqualTo(AutotaskUsage.Admission.OVER_THREAD_LIMIT);
        assertThat(usage.arrive("contracts", 5)).isEqualTo(AutotaskUsage.Admission.ADMITTED);
        usage.finished("tickets");
        assertThat(usage.arrive("tickets", 6)).isEqualTo(AutotaskUsage.Admission.ADMITTED);
        assertThat(usage.report(7)).containsEntry("threadLimitExceeded", true).containsEntry("refusedOverThreadLimit", 1L)
                .containsEntry("thresholdExceeded", false);
    }

    @Test
    void reset_starts_counting_again() {
        AutotaskUsage usage = new AutotaskUsage(1, Duration.ofMinutes(60), 3);
        usage.arrive("tickets", 1);
        usage.finished("tickets");
        usage.arrive("tickets", 2);
        usage.reset();
        assertThat(usage.report(3)).containsEntry("requests", 0L).containsEntry("thresholdExceeded", false);
    }
}
