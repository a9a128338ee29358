package com.onboarding.gateway.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One event as operators see it on the live stream: where it is in Kafka, its CloudEvent attributes and its data. */
public record OperationsEvent(String topic, int partition, long offset, String type, String eventId, String onboardingId,
        String time, JsonNode data) {

    public static OperationsEvent of(ConsumerRecord<String, String> record) {
        return new OperationsEvent(record.topic(), record.partition(), record.offset(), header(record, "ce_type"),
                header(record, "ce_id"), record.key(), header(record, "ce_time"), data(record.value()));
    }

    /** The value as JSON; a value that is not JSON is shown as text (it is what the operator needs to see). */
    static JsonNode data(String value) {
        if (value == null) {
            return null;
        }
        try {
            return EventJson.mapper().readTree(value);
        } catch (java.io.IOException | RuntimeException e) {
            return EventJson.mapper().getNodeFactory().textNode(value);
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
