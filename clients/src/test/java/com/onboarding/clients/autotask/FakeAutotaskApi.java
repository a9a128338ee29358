package com.onboarding.clients.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Autotask as a test double for the client's reads: it answers from the items and metadata a test puts in, and logs
 * every request it receives (as the sandbox does) so that tests count them. Writes are not supported.
 */
final class FakeAutotaskApi implements AutotaskApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every request received, in order, e.g. "fields Tickets", "query TicketCategories", "get Resources/7". */
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, List<JsonNode>> items = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> fields = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> userDefinedFields = new ConcurrentHashMap<>();
    private volatile RuntimeException nextFailure;

    void add(String entity, JsonNode item) {
        items.computeIfAbsent(entity, e -> new CopyOnWriteArrayList<>()).add(item);
    }

    /** What the entity's fields request answers (its "fields" array). */
    void fields(String entity, JsonNode... answer) {
        fields.put(entity, list(answer));
    }

    void userDefinedFields(String entity, JsonNode... answer) {
        userDefinedFields.put(entity, list(answer));
    }

    /** The next request (any) fails with this. */
    void failNext(RuntimeException failure) {
        nextFailure = failure;
    }

    static ObjectNode json(Object... namesAndValues) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return node;
    }

    @Override
    public JsonNode query(String entity, JsonNode query, String onboarding) {
        received("query " + entity);
        ArrayNode found = MAPPER.createArrayNode();
        items.getOrDefault(entity, List.of()).stream().filter(item -> matchesAll(item, query.path("filter"))).forEach(found::add);
        ObjectNode page = MAPPER.createObjectNode();
        page.set("items", found);
        page.putObject("pageDetails").putNull("nextPageUrl");
        return page;
    }

    @Override
    public JsonNode get(String entity, long id, String onboarding) {
        received("get " + entity + "/" + id);
        JsonNode item = items.getOrDefault(entity, List.of()).stream().filter(i -> i.path("id").asLong() == id)
                .findFirst().orElse(MAPPER.nullNode());
        return MAPPER.createObjectNode().set("item", item);
    }

    @Override
    public JsonNode fields(String entity, String onboarding) {
        received("fields " + entity);
        return MAPPER.createObjectNode().set("fields", fields.getOrDefault(entity, MAPPER.createArrayNode()));
    }

    @Override
    public JsonNode userDefinedFields(String entity, String onboarding) {
        received("udfs " + entity);
        return MAPPER.createObjectNode().set("fields", userDefinedFields.getOrDefault(entity, MAPPER.createArrayNode()));
    }

    @Override
    public JsonNode zoneInformation(String user) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode nextPage(String entity, Map<String, String> params, String onboarding) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode create(String entity, JsonNode item, String onboarding) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode createChild(String parent, long parentId, String child, JsonNode item, String onboarding) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode update(String entity, JsonNode item, String onboarding) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode updateChild(String parent, long parentId, String child, JsonNode item, String onboarding) {
        throw new UnsupportedOperationException();
    }

    private void received(String request) {
        requests.add(request);
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    /** Only the "eq" filters the reference look-ups send. */
    private static boolean matchesAll(JsonNode item, JsonNode filters) {
        for (JsonNode filter : filters) {
            if (!filter.path("op").asText().equals("eq")
                    || !item.path(filter.path("field").asText()).equals(filter.path("value"))) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode list(JsonNode... nodes) {
        return MAPPER.createArrayNode().addAll(List.of(nodes));
    }
}
