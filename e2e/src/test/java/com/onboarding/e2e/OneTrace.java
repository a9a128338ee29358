package com.onboarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.e2e.OtlpReceiver.ReceivedSpan;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The trace of one onboarding as the services exported it: found from a span naming the onboarding (attribute
 * {@code onboarding.id}), it must reach back to the gateway's Connect delivery and span the services given.
 */
final class OneTrace {

    private final OtlpReceiver receiver;
    private final String onboardingId;

    private OneTrace(OtlpReceiver receiver, String onboardingId) {
        this.receiver = receiver;
        this.onboardingId = onboardingId;
    }

    static OneTrace of(OtlpReceiver receiver, String onboardingId) {
        return new OneTrace(receiver, onboardingId);
    }

    /**
     * Waits until one trace holds spans of every one of these services, a span naming the onboarding, and as its root
     * the gateway's Connect delivery; returns its spans.
     */
    List<ReceivedSpan> spans(String... services) {
        AtomicReference<List<ReceivedSpan>> found = new AtomicReference<>();
        await("one trace of onboarding " + onboardingId + " across " + String.join(", ", services))
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    List<List<ReceivedSpan>> traces = tracesNamingTheOnboarding();
                    assertThat(traces).as("traces naming the onboarding").anySatisfy(trace -> {
                        assertThat(trace).extracting(ReceivedSpan::service).contains(services);
                        assertThat(trace).as("its root is the gateway's Connect delivery").anySatisfy(span -> {
                            assertThat(span.service()).isEqualTo("gateway");
                            assertThat(span.parentSpanId()).isEmpty();
                            assertThat(span.name()).contains("/docusign/connect");
                        });
                        found.set(trace);
                    });
                });
        return found.get();
    }

    private List<List<ReceivedSpan>> tracesNamingTheOnboarding() {
        List<ReceivedSpan> spans = receiver.spans();
        Set<String> traceIds = spans.stream().filter(span -> onboardingId.equals(span.onboardingId()))
                .map(ReceivedSpan::traceId).collect(Collectors.toSet());
        return traceIds.stream().map(id -> spans.stream().filter(span -> span.traceId().equals(id)).toList()).toList();
    }
}
