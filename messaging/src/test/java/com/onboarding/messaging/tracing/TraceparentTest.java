package com.onboarding.messaging.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

class TraceparentTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN = "00f067aa0ba902b7";

    @Test
    void a_span_context_is_written_as_a_version_00_traceparent() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        assertThat(Traceparent.of(span)).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
    }

    @Test
    void no_valid_span_gives_no_traceparent() {
        assertThat(Traceparent.of(SpanContext.getInvalid())).isNull();
        assertThat(Traceparent.ofCurrentSpan()).isNull();
    }

    @Test
    void a_traceparent_is_read_back_as_the_remote_parent() {
        Context parent = Traceparent.parentContext("00-" + TRACE + "-" + SPAN + "-01");
        SpanContext span = Span.fromContext(parent).getSpanContext();
        assertThat(span.isRemote()).isTrue();
        assertThat(span.getTraceId()).isEqualTo(TRACE);
        assertThat(span.getSpanId()).isEqualTo(SPAN);
        assertThat(span.isSampled()).isTrue();
    }

    @Test
    void a_missing_or_unreadable_traceparent_starts_a_new_trace() {
        assertThat(Span.fromContext(Traceparent.parentContext(null)).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(Traceparent.parentContext("")).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(Traceparent.parentContext("00-zz-yy-01")).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(Traceparent.parentContext("00-" + TRACE + "-" + SPAN + "-01; drop table"))
                .getSpanContext().isValid()).isFalse();
    }
}
