package com.onboarding.clients.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResilientCallerTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final ResilientCaller caller = new ResilientCaller("IT Glue",
            new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)), duration -> {
            }, e -> false);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_timeout_of_a_call_safe_to_repeat_is_tried_again() {
        String answer = caller.call("read asset", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ProcessingException("read timed out");
            }
            return "asset";
        });
        assertThat(answer).isEqualTo("asset");
        assertThat(calls).hasValue(3);
    }

    @Test
    void a_call_interrupted_by_the_shutdown_is_not_sent_again() {
        assertThatThrownBy(() -> caller.call("update flexible asset", () -> {
            calls.incrementAndGet();
            throw new ProcessingException(new InterruptedException());
        })).isInstanceOf(TransientFailure.class).hasMessageContaining("interrupted");
        assertThat(calls).as("sent once: the next instance or the restart resumes the step").hasValue(1);
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the step worker").isTrue();
    }

    @Test
    void a_create_answered_503_is_tried_again_but_a_lost_answer_is_not() {
        assertThat(caller.callOnce("create contract", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new WebApplicationException(503);
            }
            return "contract";
        })).isEqualTo("contract");
        calls.set(0);
        assertThatThrownBy(() -> caller.callOnce("create contract", () -> {
            calls.incrementAndGet();
            throw new WebApplicationException(504);
        })).isInstanceOf(TransientFailure.class);
        assertThat(calls).as("a 504 may have written: the caller looks up first").hasValue(1);
    }
}
