package com.onboarding.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.awaitility.core.ConditionTimeoutException;

/** A member of the office staff using the gateway's API with a real Keycloak token, as the web page does. */
final class Staff {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Supplier<String> gateway;
    private final Supplier<String> token;

    Staff(String gateway, Supplier<String> token) {
        this(() -> gateway, token);
    }

    /** Staff whose gateway may move (a killed gateway starts again on another port): asked before every call. */
    Staff(Supplier<String> gateway, Supplier<String> token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** Whether the gateway knows the onboarding at all (a refused delivery must leave none). */
    boolean knows(String id) {
        try {
            call("GET", "/api/onboardings/" + id, null, 200);
            return true;
        } catch (AssertionError notFound) {
            if (notFound.getMessage().contains(" answered 404")) {
                return false;
            }
            throw notFound;
        }
    }

    JsonNode onboarding(String id) {
        return call("GET", "/api/onboardings/" + id, null, 200);
    }

    String stepStatus(String onboardingId, String step) {
        return StreamSupport.stream(onboarding(onboardingId).path("checklist").spliterator(), false)
                .filter(item -> item.path("step").asText().equals(step))
                .map(item -> item.path("status").asText())
                .findFirst().orElse("UNKNOWN");
    }

    /** The step's message on the checklist ("" when none). */
    String stepMessage(String onboardingId, String step) {
        return StreamSupport.stream(onboarding(onboardingId).path("checklist").spliterator(), false)
                .filter(item -> item.path("step").asText().equals(step))
                .map(item -> item.path("message").asText(""))
                .findFirst().orElse("");
    }

    /** Waits, as a person watching the checklist would, until the step shows one of these statuses. */
    void awaitStep(String onboardingId, String step, String... statuses) {
        awaitStep(onboardingId, step, Duration.ofSeconds(120), statuses);
    }

    void awaitStep(String onboardingId, String step, Duration atMost, String... statuses) {
        Set<String> wanted = Set.of(statuses);
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(300))
                    .until(() -> wanted.contains(stepStatus(onboardingId, step)));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(step + " of " + onboardingId + " never reached " + wanted + "; the checklist:\n"
                    + checklist(onboardingId), e);
        }
    }

    /** The checklist as a person reads it: one line per step with its status and message. */
    String checklist(String onboardingId) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : onboarding(onboardingId).path("checklist")) {
            text.append(String.format("  %-28s %-19s %s%n", item.path("step").asText(), item.path("status").asText(),
                    item.path("message").asText("")));
        }
        return text.toString();
    }

    void confirmRmmSetup(String onboardingId, String serviceStart) {
        call("POST", "/api/onboardings/" + onboardingId + "/rmm-setup", Map.of("serviceStart", serviceStart,
                "note", "RMM agent deployed and monitoring every device (project template done)"), 202);
    }

    /** A person did a step waiting for a person; the evidence is the ticket the technician worked. */
    void confirm(String onboardingId, String step, String note) {
        call("POST", "/api/onboardings/" + onboardingId + "/steps/" + step + "/confirm", Map.of("note", note), 202);
    }

    void setGoLive(String onboardingId, String goLiveDate) {
        call("PUT", "/api/onboardings/" + onboardingId + "/go-live", Map.of("goLiveDate", goLiveDate), 202);
    }

    void retry(String onboardingId, String step) {
        call("POST", "/api/onboardings/" + onboardingId + "/steps/" + step + "/retry", null, 202);
    }

    private JsonNode call(String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.get() + path))
                    .header("Authorization", "Bearer " + token.get())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? null : EventJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
