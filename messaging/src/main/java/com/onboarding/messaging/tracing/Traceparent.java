package com.onboarding.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.List;

/**
 * The W3C {@code traceparent} (version 00) of a span: what the outbox stores with a row and sends as the Kafka header
 * {@code traceparent}, and what a consumer or the step engine continues. Plain functions over the OpenTelemetry API;
 * with tracing off every span is invalid and {@link #ofCurrentSpan()} is null.
 */
public final class Traceparent {

    /** The Kafka header and outbox column name (CloudEvents distributed tracing extension, W3C Trace Context). */
    public static final String HEADER = "traceparent";

    private Traceparent() {
    }

    /** The traceparent of the span current on this thread, or null when there is none (tracing off, no trace). */
    public static String ofCurrentSpan() {
        return of(Span.current().getSpanContext());
    }

    /** The traceparent of a span context, or null when it is not valid. */
    public static String of(SpanContext span) {
        if (span == null || !span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context a traceparent names (its remote parent), or the root context when it is null or unreadable. */
    public static Context parentContext(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, GETTER);
    }

    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };
}
