package com.onboarding.contract;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tests' clock: fixed at {@code test.clock.now} (a profile may move it), replacing the system clock. */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(@ConfigProperty(name = "test.clock.now", defaultValue = "2026-11-25T12:00:00Z") Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
