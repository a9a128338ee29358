package com.onboarding.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Work for one onboarding done in a span that continues a trace: a consumed event (parent: its {@code traceparent}
 * header) or step work (parent: the traceparent stored with the {@code step_work} row). While the work runs its span
 * is current, so the outbox rows it writes and the step work it schedules carry that trace on.
 */
@ApplicationScoped
public class Traces {

    /** The span attribute naming the onboarding, to find an onboarding's trace in a tracing backend. */
    public static final String ONBOARDING_ID = "onboarding.id";

    private final Tracer tracer;

    public Traces(Tracer tracer) {
        this.tracer = tracer;
    }

    public <T> T continueTrace(String traceparent, String spanName, SpanKind kind, String onboardingId, Supplier<T> work) {
        Span span = tracer.spanBuilder(spanName)
                .setParent(Traceparent.parentContext(traceparent))
                .setSpanKind(kind)
                .setAttribute(ONBOARDING_ID, onboardingId == null ? "" : onboardingId)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
