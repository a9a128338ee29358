package com.onboarding.messaging.incoming;

import com.onboarding.events.EventJson;
import com.onboarding.events.EventType;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.OnboardingEvent;
import com.onboarding.messaging.tracing.Traceparent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a Kafka record written in CloudEvents binary mode into a {@link ReceivedEvent}. Anything that can never be
 * processed (no event id, another event type, bad JSON, another schema version) is a {@link MalformedEventException},
 * which the consumers let go to their dead-letter topic without retrying.
 */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    public static <T extends OnboardingEvent> ReceivedEvent<T> read(ConsumerRecord<String, String> record, Class<T> type) {
        String id = header(record, "ce_id");
        if (id == null || id.isBlank()) {
            throw new MalformedEventException("Record without CloudEvent id (ce_id) at " + position(record));
        }
        String ceType = header(record, "ce_type");
        EventType expected = EventType.valueOf(toEnumName(type));
        if (ceType != null && !expected.cloudEventType().equals(ceType)) {
            throw new MalformedEventException("Expected " + expected.cloudEventType() + " but got " + ceType + " at "
                    + position(record));
        }
        if (record.value() == null) {
            throw new MalformedEventException("Record without data at " + position(record));
        }
        T data = EventJson.read(record.value(), type);
        return new ReceivedEvent<>(id, expected.cloudEventType(), header(record, "ce_source"), time(record), data,
                header(record, Traceparent.HEADER));
    }

    private static OffsetDateTime time(ConsumerRecord<String, String> record) {
        String time = header(record, "ce_time");
        if (time == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Bad ce_time '" + time + "' at " + position(record), e);
        }
    }

    private static String toEnumName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
