package com.onboarding.messaging;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every rule and timer reads; a test or a demo replaces it to move time forward. It is in the MSP's time
 * zone ({@code onboarding.time-zone}, default America/New_York), so every date the procedure names (today, the start
 * of the month, go-live, a recurring due date) is the MSP's calendar day, not UTC's: at 21:00 in New York it is still
 * the same day although UTC has moved on.
 */
@ApplicationScoped
public class ClockProducer {

    public static final String DEFAULT_TIME_ZONE = "America/New_York";

    @ConfigProperty(name = "onboarding.time-zone", defaultValue = DEFAULT_TIME_ZONE)
    String timeZone;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return mspClock(timeZone);
    }

    /** The system clock in the MSP's time zone. */
    public static Clock mspClock(String timeZone) {
        return Clock.system(ZoneId.of(timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone));
    }
}
