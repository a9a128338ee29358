package com.onboarding.messaging.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Once stopping, no new event is applied, and the stop waits for the ones being applied. */
class ServiceStoppingTest {

    @Test
    void no_event_starts_once_the_service_is_stopping() {
        ServiceStopping stopping = new ServiceStopping();
        assertThat(stopping.enter()).isTrue();
        stopping.exit();

        stopping.begin();

        assertThat(stopping.isStopping()).isTrue();
        assertThat(stopping.enter()).isFalse();
        assertThat(stopping.inFlight()).isZero();
    }

    @Test
    void the_stop_waits_for_the_events_being_applied_and_no_longer_than_its_grace() throws Exception {
        ServiceStopping stopping = new ServiceStopping();
        assertThat(stopping.enter()).isTrue();
        stopping.begin();

        assertThat(stopping.awaitIdle(Duration.ofMillis(100))).as("still applying").isFalse();
        CompletableFuture<Boolean> idle = CompletableFuture.supplyAsync(() -> {
            try {
                return stopping.awaitIdle(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        stopping.exit();

        assertThat(idle.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
