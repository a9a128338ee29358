package com.onboarding.sandbox.frame;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The holds the kill -9 tests rely on: a request held before it is applied (then answered with the fault's status,
 * never applied) or its answer held after the write; while held, {@code GET /sandbox/faults} says so and every other
 * request is answered at once (no thread is blocked).
 */
@QuarkusTest
class FaultHoldTest {

    private static final String JSON_API = "application/vnd.api+json";

    private static RequestSpecification itGlue() {
        return given().header("x-api-key", "ITG.sandbox-key").accept(JSON_API);
    }

    @AfterEach
    void clear() {
        given().delete("/sandbox/faults").then().statusCode(204);
    }

    @Test
    void a_request_held_before_it_is_applied_is_answered_with_the_fault_and_never_applied() throws Exception {
        long asset = siteSummary();
        given().contentType("application/json").body(Map.of("pathContains", "/itglue/flexible_assets/", "method", "PATCH",
                "status", 503, "delayMillis", 3000, "times", 1)).post("/sandbox/faults").then().statusCode(204);

        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> patch(asset, "Held Office"));
        await().atMost(Duration.ofSeconds(5)).until(() -> held() == 1);
        long started = System.nanoTime();
        itGlue().get("/itglue/organizations").then().statusCode(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("other requests go on").isLessThan(Duration.ofSeconds(2));

        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(503);
        assertThat(held()).isZero();
        assertThat(siteName(asset)).as("never applied").isNotEqualTo("Held Office");
    }

    @Test
    void an_answer_held_after_the_write_comes_late_and_the_write_is_already_there() throws Exception {
        long asset = siteSummary();
        given().contentType("application/json").body(Map.of("pathContains", "/itglue/flexible_assets/", "method", "PATCH",
                "delayAfterMillis", 3000, "times", 1)).post("/sandbox/faults").then().statusCode(204);

        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> patch(asset, "Written Office"));
        await().atMost(Duration.ofSeconds(5)).until(() -> held() == 1);
        assertThat(siteName(asset)).as("applied before the answer").isEqualTo("Written Office");
        assertThat(held).isNotDone();

        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(held()).isZero();
    }

    @Test
    void a_fault_for_one_onboarding_is_not_used_up_by_another_onboardings_request() {
        given().contentType("application/json").body(Map.of("pathContains", "/itglue/organizations", "method", "GET",
                "status", 503, "times", 1, "onboarding", "onboarding-a")).post("/sandbox/faults").then().statusCode(204);

        itGlue().header("X-Onboarding-Id", "onboarding-b").get("/itglue/organizations").then().statusCode(200);
        itGlue().get("/itglue/organizations").then().statusCode(200);
        itGlue().header("X-Onboarding-Id", "onboarding-a").get("/itglue/organizations").then().statusCode(503);
        itGlue().header("X-Onboarding-Id", "onboarding-a").get("/itglue/organizations").then().statusCode(200);
    }

    @Test
    void a_lost_answer_applies_the_write_and_answers_504() {
        long asset = siteSummary();
        given().contentType("application/json").body(Map.of("pathContains", "/itglue/flexible_assets/", "method", "PATCH",
                "statusAfter", 504, "times", 1)).post("/sandbox/faults").then().statusCode(204);

        assertThat(patch(asset, "Lost Answer Office")).isEqualTo(504);
        assertThat(siteName(asset)).as("applied although the answer was lost").isEqualTo("Lost Answer Office");
        assertThat(given().get("/sandbox/faults/injected").then().statusCode(200).extract().jsonPath()
                .getInt("'504 after the write'")).isEqualTo(1);
    }

    private static int held() {
        return given().get("/sandbox/faults").then().statusCode(200).extract().jsonPath().getInt("held");
    }

    private static long siteSummary() {
        return given().contentType("application/json").body(Map.of("organization", "Hold " + UUID.randomUUID()))
                .post("/sandbox/itglue/site-summaries").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static int patch(long asset, String siteName) {
        return itGlue().contentType(JSON_API).body(Map.of("data", Map.of("type", "flexible-assets", "attributes",
                Map.of("traits", Map.of("site-name", siteName, "type-of-managed-services", "RMM Only")))))
                .patch("/itglue/flexible_assets/" + asset).then().extract().statusCode();
    }

    private static String siteName(long asset) {
        return given().get("/sandbox/itglue/flexible-assets/" + asset).then().extract().jsonPath().getString("traits.site-name");
    }
}
