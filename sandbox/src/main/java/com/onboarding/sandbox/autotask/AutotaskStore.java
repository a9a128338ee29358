package com.onboarding.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.sandbox.frame.CallRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The simulated Autotask database: entities by name and id, validated by {@link AutotaskRules} on every write. */
@ApplicationScoped
public class AutotaskStore {

    private final ObjectMapper mapper;
    private final CallRecord record;
    private final Map<String, TreeMap<Long, ObjectNode>> entities = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(29_700_000);
    private final AutotaskRules rules;

    public AutotaskStore(ObjectMapper mapper, CallRecord record) {
        this.mapper = mapper;
        this.record = record;
        this.rules = new AutotaskRules(this);
        AutotaskSeed.seed(this);
    }

    public synchronized long create(String entity, ObjectNode item) {
        rules.beforeCreate(entity, item);
        long id = item.hasNonNull("id") && !item.get("id").asText().equals("0") ? item.get("id").asLong() : ids.incrementAndGet();
        item.put("id", id);
        table(entity).put(id, item);
        rules.afterCreate(entity, item);
        record.add("autotask", "create", entity, details(item));
        return id;
    }

    /** Seeds data without recording it as a write of the suite. */
    synchronized long seed(String entity, ObjectNode item) {
        long id = item.hasNonNull("id") ? item.get("id").asLong() : ids.incrementAndGet();
        item.put("id", id);
        table(entity).put(id, item);
        return id;
    }

    public synchronized ObjectNode update(String entity, ObjectNode patch) {
        if (!patch.hasNonNull("id")) {
            throw new AutotaskException("An update needs the id of the " + entity + " item");
        }
        ObjectNode existing = get(entity, patch.get("id").asLong())
                .orElseThrow(() -> new AutotaskException("No " + entity + " with id " + patch.get("id").asLong()));
        rules.beforeUpdate(entity, existing, patch);
        patch.fields().forEachRemaining(field -> {
            if (field.getKey().equals("userDefinedFields")) {
                mergeUdfs(existing, (ArrayNode) field.getValue());
            } else {
                existing.set(field.getKey(), field.getValue());
            }
        });
        record.add("autotask", "update", entity, details(patch));
        return existing;
    }

    public synchronized Optional<ObjectNode> get(String entity, long id) {
        return Optional.ofNullable(table(entity).get(id));
    }

    public synchronized List<ObjectNode> query(String entity, JsonNode filter) {
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode item : table(entity).values()) {
            if (QueryFilter.matchesAll(filter, item)) {
                matches.add(item.deepCopy());
            }
        }
        return matches;
    }

    public synchronized List<ObjectNode> all(String entity) {
        return table(entity).values().stream().map(ObjectNode::deepCopy).toList();
    }

    public synchronized Map<String, List<ObjectNode>> snapshot() {
        Map<String, List<ObjectNode>> copy = new LinkedHashMap<>();
        entities.forEach((name, table) -> copy.put(name, table.values().stream().map(ObjectNode::deepCopy).toList()));
        return copy;
    }

    ObjectNode newItem() {
        return mapper.createObjectNode();
    }

    private void mergeUdfs(ObjectNode existing, ArrayNode udfs) {
        ArrayNode current = existing.has("userDefinedFields") ? (ArrayNode) existing.get("userDefinedFields")
                : existing.putArray("userDefinedFields");
        for (JsonNode udf : udfs) {
            boolean replaced = false;
            for (JsonNode old : current) {
                if (old.path("name").asText().equals(udf.path("name").asText())) {
                    ((ObjectNode) old).set("value", udf.get("value"));
                    replaced = true;
                }
            }
            if (!replaced) {
                current.add(udf.deepCopy());
            }
        }
    }

    private TreeMap<Long, ObjectNode> table(String entity) {
        return entities.computeIfAbsent(entity, name -> new TreeMap<>());
    }

    private Map<String, Object> details(ObjectNode item) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = mapper.convertValue(item, Map.class);
        return map;
    }
}
