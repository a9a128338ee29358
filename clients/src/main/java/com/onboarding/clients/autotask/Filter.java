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

    public static ObjectNode op(String op, String field, Object value) {
        ObjectNode filter = MAPPER.createObjectNode().put("op", op).put("field", field);
        filter.set("value", MAPPER.valueToTree(value));
        return filter;
    }
}
