package com.onboarding.clients.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void backoff_doubles_up_to_the_cap() {
        assertThat(policy.delayBefore(2, null)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayBefore(3, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(4, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(20, null)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_longer_retry_after_wins_but_is_capped() {
        assertThat(policy.delayBefore(2, Duration.ofSeconds(41))).isEqualTo(Duration.ofSeconds(41));
        assertThat(policy.delayBefore(2, Duration.ofSeconds(900))).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayBefore(4, Duration.ofMillis(10))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retry_after_is_seconds_or_an_http_date() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
        assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }
}
