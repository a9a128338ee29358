package com.onboarding.sandbox.frame;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request any simulator received (reads included, refused ones too), in order: method, path, query, JSON body,
 * the answer's status and the onboarding it was made for (the {@code X-Onboarding-Id} header the suite's clients
 * send). What the vendor-definition check and the Autotask call count read.
 */
@ApplicationScoped
public class RequestLog {

    /** One request; {@code body} is the JSON sent (null when none or not JSON). */
    public record Request(long seq, Instant at, String api, String method, String path, Map<String, List<String>> query,
            JsonNode body, String onboarding, int status) {

        Request answered(int answeredStatus) {
            return new Request(seq, at, api, method, path, query, body, onboarding, answeredStatus);
        }
    }

    private final AtomicLong sequence = new AtomicLong();
    private final Map<Long, Request> requests = new LinkedHashMap<>();

    synchronized long received(String api, String method, String path, Map<String, List<String>> query, JsonNode body,
            String onboarding) {
        long seq = sequence.incrementAndGet();
        requests.put(seq, new Request(seq, Instant.now(), api, method, path, query, body, onboarding, 0));
        return seq;
    }

    synchronized void answered(long seq, int status) {
        requests.computeIfPresent(seq, (key, request) -> request.answered(status));
    }

    /** The requests to one API (autotask, graph, itglue, docusign, datto-rmm, power-automate) or to all (null). */
    public synchronized List<Request> requests(String api, String onboarding) {
        return requests.values().stream().filter(r -> api == null || api.equals(r.api()))
                .filter(r -> onboarding == null || onboarding.equals(r.onboarding())).toList();
    }

    /** How many requests each onboarding made to an API ({@code none} for those sent without an onboarding). */
    public synchronized Map<String, Integer> countsByOnboarding(String api) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Request request : requests(api, null)) {
            counts.merge(request.onboarding() == null ? "none" : request.onboarding(), 1, Integer::sum);
        }
        return counts;
    }

    public synchronized void clear() {
        requests.clear();
    }

    synchronized List<Request> all() {
        return new ArrayList<>(requests.values());
    }
}
