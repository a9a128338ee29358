package com.onboarding.clients.autotask;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One item of an Autotask query filter. */
public final class Filter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Filter() {
    }

    public static ObjectNode eq(String field, Object value) {
        return op("eq", field, value);
    }

    public static ObjectNode beginsWith(String field, String value) {
        return op("beginsWith", field, value);
    }

    public static ObjectNode gt(String field, Object value) {
        return op("gt", field, value);
    }

    public static ObjectNode all() {
        return gt("id", 0);
    }

    /** Any of the items matches: Autotask's grouping of filter items ({"op":"or","items":[...]}). */
    public static ObjectNode or(ObjectNode... items) {
        return group("or", items);
    }

    /** Every item matches (inside an {@link #or}). */
    public static ObjectNode and(ObjectNode... items) {
        return group("and", items);
    }

    /** The field equals one of the values: one query instead of one per value. */
    public static ObjectNode in(String field, java.util.Collection<?> values) {
        return op("in", field, values);
    }

    private static ObjectNode group(String op, ObjectNode... items) {
        ObjectNode group = MAPPER.createObjectNode().put("op", op);
        com.fasterxml.jackson.databind.node.ArrayNode list = group.putArray("items");
        for (ObjectNode item : items) {
            list.add(item);
        }
        return group;
    }

    public static ObjectNode op(String op, String field, Object value) {
        ObjectNode filter = MAPPER.createObjectNode().put("op", op).put("field", field);
        filter.set("value", MAPPER.valueToTree(value));
        return filter;
    }
}
