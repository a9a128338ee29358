package com.onboarding.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of event data: ISO dates, exact decimals, unknown fields ignored (forward compatible). */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private EventJson() {
    }

    public static String write(OnboardingEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads event data; a {@link MalformedEventException} when it is not JSON of that type or of another schema version. */
    public static <T extends OnboardingEvent> T read(String json, Class<T> type) {
        T event;
        try {
            event = MAPPER.readValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Not a valid " + type.getSimpleName() + ": " + originalMessage(e), e);
        }
        if (event == null) {
            throw new MalformedEventException("Empty " + type.getSimpleName());
        }
        if (event.schemaVersion() != CurrentSchema.VERSION) {
            throw new MalformedEventException("Unsupported schema version " + event.schemaVersion() + " of "
                    + type.getSimpleName() + " (this build reads version " + CurrentSchema.VERSION + ")");
        }
        if (event.onboardingId() == null || event.onboardingId().isBlank()) {
            throw new MalformedEventException(type.getSimpleName() + " without onboardingId");
        }
        return event;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String originalMessage(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return e.getMessage();
    }
}
