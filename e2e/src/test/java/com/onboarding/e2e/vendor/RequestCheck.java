package com.onboarding.e2e.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks requests the sandbox recorded ({@code GET /sandbox/requests}: api, method, path, query, JSON body) against
 * the vendors' definition extracts: the operation exists, every query parameter is one it takes, every body field is
 * one of its model with the model's type, and every field an Autotask query filters on is a field of the entity.
 */
public final class RequestCheck {

    private final Map<String, VendorDefinition> definitions;

    public RequestCheck(List<VendorDefinition> definitions) {
        this.definitions = new java.util.LinkedHashMap<>();
        definitions.forEach(d -> this.definitions.put(d.api(), d));
    }

    /** The definitions published for the suite's APIs (Power Automate has none: a flow's trigger is its own). */
    public static RequestCheck published() {
        return new RequestCheck(List.of(VendorDefinition.load("autotask.json"), VendorDefinition.load("graph.json"),
                VendorDefinition.load("itglue.json"), VendorDefinition.load("docusign.json"),
                VendorDefinition.load("datto-rmm.json")));
    }

    /** Whether a definition is held for the API of this request. */
    public boolean covers(JsonNode request) {
        return definitions.containsKey(request.path("api").asText());
    }

    /** What in the request the vendor's definition does not have; empty when it conforms. */
    public List<String> findings(JsonNode request) {
        VendorDefinition definition = definitions.get(request.path("api").asText());
        if (definition == null) {
            return List.of();
        }
        String method = request.path("method").asText();
        String path = request.path("path").asText().replaceFirst("^" + java.util.regex.Pattern.quote(definition.prefix()), "");
        String what = method + " " + path;
        Optional<VendorDefinition.Operation> found = definition.operation(method, path);
        if (found.isEmpty()) {
            return List.of(definition.api() + ": " + what + " is not an operation of the definition");
        }
        VendorDefinition.Operation operation = found.get();
        List<String> findings = new ArrayList<>();
        request.path("query").fieldNames().forEachRemaining(name -> {
            if (!operation.query().contains(name)) {
                findings.add(definition.api() + ": " + what + " takes no query parameter " + name);
            }
        });
        JsonNode body = request.path("body");
        if (operation.body() != null && !body.isMissingNode() && !body.isNull()) {
            fields(definition.model(operation.body()), "", body, definition.api() + ": " + what, findings);
        }
        if (operation.queryOf() != null && body.has("filter")) {
            filterFields(definition.model(operation.queryOf()), body.get("filter"), definition.api() + ": " + what, findings);
        }
        return findings;
    }

    private static void fields(Map<String, String> model, String prefix, JsonNode node, String what, List<String> findings) {
        node.fields().forEachRemaining(field -> {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            String type = model.get(name);
            if (type == null) {
                findings.add(what + ": the field " + name + " is not in the definition");
                return;
            }
            if (value.isNull()) {
                return;
            }
            if (!hasType(value, type)) {
                findings.add(what + ": " + name + " is " + kind(value) + " (" + value + ") where the definition has " + type);
                return;
            }
            if (value.isObject() && type.equals("object") && model.keySet().stream().anyMatch(k -> k.startsWith(name + "."))) {
                fields(model, name + ".", value, what, findings);
            }
            if (value.isArray() && model.keySet().stream().anyMatch(k -> k.startsWith(name + "[]."))) {
                for (JsonNode item : value) {
                    fields(model, name + "[].", item, what, findings);
                }
            }
        });
    }

    private static void filterFields(Map<String, String> model, JsonNode filters, String what, List<String> findings) {
        for (JsonNode filter : filters) {
            if (filter.has("items")) {
                filterFields(model, filter.get("items"), what, findings);
            } else if (!model.containsKey(filter.path("field").asText())) {
                findings.add(what + ": filters on " + filter.path("field").asText() + ", not a field of the entity");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "string", "date-time" -> value.isTextual();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "any" -> true;
            default -> throw new IllegalStateException("Unknown type " + type + " in a definition extract");
        };
    }

    private static String kind(JsonNode value) {
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isTextual()) {
            return "a string";
        }
        return value.isArray() ? "an array" : "an object";
    }
}
