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

    /**
     * One request; {@code body} is the JSON sent (null when none or not JSON); {@code answer} a hash of what was
     * answered, so a read repeated while nothing changed (a poll waiting for a person or an agent) can be told apart.
     */
    public record Request(long seq, Instant at, String api, String method, String path, Map<String, List<String>> query,
            JsonNode body, String onboarding, int status, int answer) {

        Request answered(int answeredStatus, int answerHash) {
            return new Request(seq, at, api, method, path, query, body, onboarding, answeredStatus, answerHash);
        }

        boolean isRead() {
            return method.equals("GET") || (method.equals("POST") && path.endsWith("/query"));
        }

        /** What identifies a read and its answer: the same again means nothing changed in between. */
        String readAndAnswer() {
            return method + " " + path + " " + query + " " + body + " -> " + status + "/" + answer;
        }
    }

    /**
     * An onboarding's requests to one API: all of them, those that were a read repeated with the same answer as the
     * same read before (polling while waiting: nothing had changed), and the rest, which is what the budget counts.
     */
    public record Counts(int calls, int unchangedRereads, int counted) {
    }

    private final AtomicLong sequence = new AtomicLong();
    private final Map<Long, Request> requests = new LinkedHashMap<>();

    synchronized long received(String api, String method, String path, Map<String, List<String>> query, JsonNode body,
            String onboarding) {
        long seq = sequence.incrementAndGet();
        requests.put(seq, new Request(seq, Instant.now(), api, method, path, query, body, onboarding, 0, 0));
        return seq;
    }

    synchronized void answered(long seq, int status, int answerHash) {
        requests.computeIfPresent(seq, (key, request) -> request.answered(status, answerHash));
    }

    /** The requests to one API (autotask, graph, itglue, docusign, datto-rmm, power-automate) or to all (null). */
    public synchronized List<Request> requests(String api, String onboarding) {
        return requests.values().stream().filter(r -> api == null || api.equals(r.api()))
                .filter(r -> onboarding == null || onboarding.equals(r.onboarding())).toList();
    }

    /** The requests each onboarding made to an API ({@code none} for those sent without an onboarding). */
    public synchronized Map<String, Counts> countsByOnboarding(String api) {
        Map<String, List<Request>> byOnboarding = new TreeMap<>();
        for (Request request : requests(api, null)) {
            byOnboarding.computeIfAbsent(request.onboarding() == null ? "none" : request.onboarding(), k -> new ArrayList<>())
                    .add(request);
        }
        Map<String, Counts> counts = new TreeMap<>();
        byOnboarding.forEach((onboarding, list) -> {
            Map<String, String> lastAnswer = new java.util.HashMap<>();
            int rereads = 0;
            for (Request request : list) {
                if (request.isRead()) {
                    String read = request.method() + " " + request.path() + " " + request.query() + " " + request.body();
                    if (request.readAndAnswer().equals(lastAnswer.put(read, request.readAndAnswer()))) {
                        rereads++;
                    }
                }
            }
            counts.put(onboarding, new Counts(list.size(), rereads, list.size() - rereads));
        });
        return counts;
    }

    public synchronized void clear() {
        requests.clear();
    }

    synchronized List<Request> all() {
        return new ArrayList<>(requests.values());
    }
}
