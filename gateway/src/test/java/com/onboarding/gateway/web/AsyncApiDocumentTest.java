package com.onboarding.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import com.onboarding.events.EventType;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    @Test
    void every_event_has_its_topic_and_schema() {
        JsonNode doc = AsyncApiDocument.build(EventJson.mapper(), "test");
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        for (EventType type : EventType.values()) {
            JsonNode channel = doc.path("channels").path(type.simpleName());
            assertThat(channel.path("address").asText()).isEqualTo(type.topic());
            JsonNode schema = doc.path("components").path("messages").path(type.simpleName()).path("payload").path("schema");
            assertThat(schema.path("title").asText()).isEqualTo(type.simpleName());
            assertThat(schema.path("required").isArray()).isTrue();
        }
        assertThat(doc.path("operations").path("publishContractCreated").path("summary").asText())
                .isEqualTo("Published by contract-service");
        assertThat(doc.path("channels").path("DeadLetter").path("address").asText()).isEqualTo("onboarding.dead-letter.{service}");
    }
}
