package com.onboarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;

/** The sandbox's record of every write the suite made to the third-party APIs, in the order they happened. */
final class Writes {

    private final List<JsonNode> entries;

    private Writes(List<JsonNode> entries) {
        this.entries = entries;
    }

    static Writes of(List<JsonNode> entries) {
        return new Writes(entries);
    }

    static Predicate<JsonNode> field(String name, long value) {
        return entry -> entry.path("details").path(name).asLong(-1) == value;
    }

    static Predicate<JsonNode> fieldContains(String name, String text) {
        return entry -> entry.path("details").path(name).asText().toLowerCase().contains(text.toLowerCase());
    }

    static Predicate<JsonNode> targetEndsWith(String suffix) {
        return entry -> entry.path("target").asText().endsWith(suffix);
    }

    /** The writes of one API and operation (and target, when given) that match. */
    List<JsonNode> all(String api, String operation, String target, Predicate<JsonNode> matching) {
        return entries.stream()
                .filter(entry -> entry.path("api").asText().equals(api))
                .filter(entry -> entry.path("operation").asText().equals(operation))
                .filter(entry -> target == null || entry.path("target").asText().equals(target))
                .filter(matching)
                .toList();
    }

    /** The one write that matches: fails when there is none, or more than one (something was done twice). */
    JsonNode once(String api, String operation, String target, Predicate<JsonNode> matching) {
        List<JsonNode> found = all(api, operation, target, matching);
        assertThat(found).as("%s %s %s exactly once in %s", api, operation, target == null ? "" : target, entries)
                .hasSize(1);
        return found.get(0);
    }

    JsonNode last(String api, String operation, String target, Predicate<JsonNode> matching) {
        List<JsonNode> found = all(api, operation, target, matching);
        assertThat(found).as("%s %s %s", api, operation, target == null ? "" : target).isNotEmpty();
        return found.get(found.size() - 1);
    }

    /** Asserts that these writes happened in this order. */
    void inOrder(JsonNode... writes) {
        for (int i = 1; i < writes.length; i++) {
            assertThat(writes[i].path("seq").asLong()).as("%s before %s", describe(writes[i - 1]), describe(writes[i]))
                    .isGreaterThan(writes[i - 1].path("seq").asLong());
        }
    }

    private static String describe(JsonNode write) {
        return write.path("api").asText() + " " + write.path("operation").asText() + " " + write.path("target").asText();
    }
}
