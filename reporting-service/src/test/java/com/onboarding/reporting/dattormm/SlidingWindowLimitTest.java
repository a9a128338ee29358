package com.onboarding.reporting.dattormm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void datto_rmm_requests_stay_within_the_account_limit_per_rolling_minute() {
        Ticking clock = new Ticking();
        SlidingWindowLimit limit = new SlidingWindowLimit(600, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 600; i++) {
            assertThat(limit.tryTake()).isZero();
            clock.now = clock.now.plusMillis(50);
        }
        assertThat(limit.tryTake()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.now = clock.now.plusSeconds(31);
        assertThat(limit.tryTake()).isZero();
    }
}
