package com.onboarding.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tests' handle on the sandbox: what the suite wrote (in order), injected faults, and a person's actions. */
public final class Sandbox {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Sandbox() {
    }

    /** Every accepted write of one API ("autotask", "graph", ...) or of all (null), in the order they happened. */
    public static List<JsonNode> record(String api) {
        JsonNode entries = call("GET", "/sandbox/record" + (api == null ? "" : "?api=" + api), null);
        List<JsonNode> list = new ArrayList<>();
        entries.forEach(list::add);
        return list;
    }

    /**
     * Every request the simulators received (reads included), in order, as the sandbox logged it: api, method, path,
     * query, JSON body, status and the onboarding it was made for; {@code api} and {@code onboarding} may be null.
     */
    public static List<JsonNode> requests(String api, String onboarding) {
        StringBuilder path = new StringBuilder("/sandbox/requests?");
        if (api != null) {
            path.append("api=").append(api).append('&');
        }
        if (onboarding != null) {
            path.append("onboarding=").append(java.net.URLEncoder.encode(onboarding, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<JsonNode> list = new ArrayList<>();
        call("GET", path.toString(), null).forEach(list::add);
        return list;
    }

    /**
     * How many Autotask calls the onboarding made (the sandbox counts them by the client's X-Onboarding-Id), reads
     * repeated with an unchanged answer (polling while waiting) left out.
     */
    public static int autotaskCalls(String onboarding) {
        return call("GET", "/sandbox/requests/counts?api=autotask", null).path(onboarding).path("counted").asInt(0);
    }

    /** Arms a fault, e.g. {@code fault(Map.of("pathContains", "/Contracts", "status", 429, "retryAfterSeconds", 1, "times", 2))}. */
    public static void fault(Map<String, Object> fault) {
        call("POST", "/sandbox/faults", fault);
    }

    /** How many requests (or answers to writes already applied) a fault holds right now. */
    public static int heldNow() {
        return call("GET", "/sandbox/faults", null).path("held").asInt();
    }

    public static void clearFaults() {
        call("DELETE", "/sandbox/faults", null);
    }

    /** Seeds an Autotask entity as the tenant already has it (not recorded as a write of the suite); returns its id. */
    public static long seedAutotask(String entity, Map<String, Object> item) {
        return call("POST", "/sandbox/autotask/" + entity, item).get("itemId").asLong();
    }

    /** A person's change in Autotask, e.g. a technician ticking a checklist item. */
    public static JsonNode personChangesAutotask(String entity, Map<String, Object> patch) {
        return call("PATCH", "/sandbox/autotask/" + entity, patch);
    }

    public static List<JsonNode> autotask(String entity) {
        List<JsonNode> list = new ArrayList<>();
        call("GET", "/sandbox/autotask/" + entity, null).forEach(list::add);
        return list;
    }

    /** Any call on the sandbox; the body is sent as JSON. */
    public static JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SandboxProcess.url() + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? MAPPER.nullNode() : MAPPER.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
