package com.onboarding.gateway.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.Topics;
import com.onboarding.gateway.security.SseStream;
import com.onboarding.gateway.security.Tokens;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class OperationsTest {

    @Test
    void an_operator_watches_every_event_live_with_its_kafka_position_and_cloud_event_attributes() {
        String onboarding = "live-" + UUID.randomUUID();
        try (SseStream stream = SseStream.open("/api/operations/events", Tokens.operator())) {
            // the stream is live from the moment the gateway's consumer has its partitions: send until one is seen
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                EventBus.send(GoLiveDateSet.of(onboarding, LocalDate.of(2026, 12, 15), "oscar"));
                return stream.data().stream().anyMatch(data -> data.contains(onboarding));
            });
            JsonNode event = EventJson.mapper().readTree(stream.data().stream().filter(d -> d.contains(onboarding)).findFirst().orElseThrow());
            assertThat(event.path("topic").asText()).isEqualTo(Topics.GO_LIVE_DATE_SET);
            assertThat(event.path("type").asText()).isEqualTo("com.onboarding.GoLiveDateSet");
            assertThat(event.path("onboardingId").asText()).isEqualTo(onboarding);
            assertThat(event.path("eventId").asText()).isNotBlank();
            assertThat(event.has("partition") && event.has("offset") && event.has("time")).isTrue();
            assertThat(event.path("data").path("goLiveDate").asText()).isEqualTo("2026-12-15");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_dead_letter_is_listed_with_its_reason_and_replayed_once_to_its_original_topic_with_its_headers() {
        String onboarding = "dead-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String deadLetterTopic = Topics.deadLetter("ops-test");
        String value = EventJson.write(GoLiveDateSet.of(onboarding, LocalDate.of(2026, 12, 20), "stella"));
        EventBus.sendRaw(deadLetterTopic, onboarding, value, Map.of("ce_id", eventId, "ce_type", "com.onboarding.GoLiveDateSet",
                "ce_specversion", "1.0", "ce_source", "/tests", "dead-letter-topic", Topics.GO_LIVE_DATE_SET,
                "dead-letter-reason", "Database unavailable", "dead-letter-partition", "0", "dead-letter-offset", "7"));

        List<Map<String, Object>> letters = given().auth().oauth2(Tokens.operator()).get("/api/operations/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.key == '" + onboarding + "' }");
        assertThat(letters).hasSize(1);
        Map<String, Object> letter = letters.get(0);
        assertThat(letter).containsEntry("topic", deadLetterTopic).containsEntry("originalTopic", Topics.GO_LIVE_DATE_SET)
                .containsEntry("reason", "Database unavailable").containsEntry("value", value).containsEntry("replayed", false);
        String replay = "/api/operations/dead-letters/" + letter.get("topic") + "/" + letter.get("partition") + "/"
                + letter.get("offset") + "/replay";

        given().auth().oauth2(Tokens.operator()).post(replay).then().statusCode(202).body("eventId", equalTo(eventId));

        List<ConsumerRecord<String, String>> replayed = EventBus.awaitRecords(Topics.GO_LIVE_DATE_SET,
                all -> all.stream().anyMatch(r -> onboarding.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = replayed.stream().filter(r -> onboarding.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value()).isEqualTo(value);
        assertThat(EventBus.header(record, "ce_id")).isEqualTo(eventId);
        assertThat(EventBus.header(record, "ce_type")).isEqualTo("com.onboarding.GoLiveDateSet");
        assertThat(EventBus.header(record, "dead-letter-reason")).isNull();

        given().auth().oauth2(Tokens.admin()).post(replay).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.operator()).get("/api/operations/dead-letters").then().statusCode(200)
                .body("find { it.key == '" + onboarding + "' }.replayed", equalTo(true));
        given().auth().oauth2(Tokens.operator()).get("/api/onboardings/audit?onboarding=" + onboarding).then().statusCode(200)
                .body("action", hasItem("replay-dead-letter")).body("actor", hasItem("oscar"));
    }

    @Test
    void replaying_what_is_not_there_is_a_problem_detail() {
        given().auth().oauth2(Tokens.operator()).post("/api/operations/dead-letters/onboarding.dead-letter.ops-test/0/999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.operator()).post("/api/operations/dead-letters/onboarding.step-changed/0/0/replay")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
