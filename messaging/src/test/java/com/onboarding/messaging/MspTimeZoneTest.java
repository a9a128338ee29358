package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The MSP's calendar day around midnight and month ends: dates follow New York, not UTC. */
class MspTimeZoneTest {

    private static LocalDate mspDay(String instant) {
        Clock msp = ClockProducer.mspClock(null);
        return LocalDate.now(Clock.fixed(Instant.parse(instant), msp.getZone()));
    }

    @Test
    void the_default_zone_is_new_york() {
        assertThat(ClockProducer.mspClock("").getZone().getId()).isEqualTo("America/New_York");
        assertThat(ClockProducer.mspClock("Europe/Berlin").getZone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void late_evening_in_new_york_is_still_that_day_although_utc_is_the_next() {
        assertThat(mspDay("2026-12-02T04:59:59Z")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(mspDay("2026-12-02T05:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void the_month_and_year_end_come_at_new_york_midnight() {
        assertThat(mspDay("2027-01-01T03:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(mspDay("2027-03-01T04:30:00Z")).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void summer_time_moves_midnight_to_four_utc() {
        assertThat(mspDay("2027-07-01T03:59:59Z")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(mspDay("2027-07-01T04:00:00Z")).isEqualTo(LocalDate.of(2027, 7, 1));
    }
}
