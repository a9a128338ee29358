package com.onboarding.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Evaluates an Autotask query filter ({op, field, value, udf, items}) against one entity. */
final class QueryFilter {

    private QueryFilter() {
    }

    static boolean matchesAll(JsonNode filters, JsonNode item) {
        if (filters == null || !filters.isArray() || filters.isEmpty()) {
            throw new AutotaskException("A query must have a filter");
        }
        for (JsonNode filter : filters) {
            if (!matches(filter, item)) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(JsonNode filter, JsonNode item) {
        String op = filter.path("op").asText("").toLowerCase();
        if (op.equals("and") || op.equals("or")) {
            boolean any = false;
            boolean all = true;
            for (JsonNode child : filter.path("items")) {
                boolean m = matches(child, item);
                any |= m;
                all &= m;
            }
            return op.equals("and") ? all : any;
        }
        String field = filter.path("field").asText(null);
        if (field == null || op.isEmpty()) {
            throw new AutotaskException("Filter item needs op and field: " + filter);
        }
        JsonNode actual = filter.path("udf").asBoolean(false) ? udf(item, field) : field(item, field);
        JsonNode expected = filter.get("value");
        return switch (op) {
            case "eq" -> equal(actual, expected);
            case "noteq" -> !equal(actual, expected);
            case "gt" -> compare(actual, expected) > 0;
            case "gte" -> compare(actual, expected) >= 0;
            case "lt" -> compare(actual, expected) < 0;
            case "lte" -> compare(actual, expected) <= 0;
            case "beginswith" -> text(actual).toLowerCase().startsWith(expected.asText().toLowerCase());
            case "endswith" -> text(actual).toLowerCase().endsWith(expected.asText().toLowerCase());
            case "contains" -> text(actual).toLowerCase().contains(expected.asText().toLowerCase());
            case "exist" -> actual != null && !actual.isNull();
            case "notexist" -> actual == null || actual.isNull();
            case "in" -> in(actual, expected);
            case "notin" -> !in(actual, expected);
            default -> throw new AutotaskException("Unknown filter operator " + op);
        };
    }

    private static JsonNode field(JsonNode item, String name) {
        var fields = item.fieldNames();
        while (fields.hasNext()) {
            String candidate = fields.next();
            if (candidate.equalsIgnoreCase(name)) {
                return item.get(candidate);
            }
        }
        return null;
    }

    private static JsonNode udf(JsonNode item, String name) {
        for (JsonNode udf : item.path("userDefinedFields")) {
            if (udf.path("name").asText().equals(name)) {
                return udf.get("value");
            }
        }
        return null;
    }

    private static boolean in(JsonNode actual, JsonNode values) {
        for (JsonNode value : values) {
            if (equal(actual, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(JsonNode actual, JsonNode expected) {
        if (actual == null || actual.isNull()) {
            return expected == null || expected.isNull();
        }
        if (actual.isNumber() || isNumeric(actual)) {
            try {
                return new BigDecimal(actual.asText()).compareTo(new BigDecimal(expected.asText())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return actual.asText().equalsIgnoreCase(expected.asText());
    }

    private static int compare(JsonNode actual, JsonNode expected) {
        if (actual == null || actual.isNull()) {
            return -1;
        }
        if (actual.isNumber()) {
            return new BigDecimal(actual.asText()).compareTo(new BigDecimal(expected.asText()));
        }
        return actual.asText().compareTo(expected.asText());
    }

    private static boolean isNumeric(JsonNode node) {
        return node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }
}
