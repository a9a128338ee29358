package com.onboarding.contract;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tests' clock, replacing the system clock: it starts at {@code test.clock.now} (a profile may move it) and runs
 * on from there, or from wherever a test sets it, at the real pace (the step engine's backoffs and leases need time
 * to pass).
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant setTo;
    private volatile long setAtNanos;

    public MovableClock(@ConfigProperty(name = "test.clock.now", defaultValue = "2026-11-25T12:00:00Z") Instant now) {
        set(now);
    }

    public void set(Instant instant) {
        setAtNanos = System.nanoTime();
        setTo = instant;
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
        return setTo.plus(Duration.ofNanos(System.nanoTime() - setAtNanos));
    }
}
