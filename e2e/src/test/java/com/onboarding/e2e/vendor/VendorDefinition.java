package com.onboarding.e2e.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A small extract of one vendor's published API definition (a test resource under {@code vendor-definitions/}): the
 * operations the suite uses (method and path template), the query parameters each takes, and the fields (with their
 * types) of the bodies it sends. Only what the suite needs is copied; a request using anything else is a finding,
 * checked against the vendor's full definition before the extract is widened.
 */
public final class VendorDefinition {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One operation: {@code {entity}}-style segments match one path segment, {@code {path*}} any number. */
    record Operation(String method, String template, Pattern path, List<String> query, String body, String queryOf) {
    }

    private final String api;
    private final String prefix;
    private final List<Operation> operations;
    private final Map<String, Map<String, String>> models;

    private VendorDefinition(String api, String prefix, List<Operation> operations, Map<String, Map<String, String>> models) {
        this.api = api;
        this.prefix = prefix;
        this.operations = operations;
        this.models = models;
    }

    public static VendorDefinition load(String resource) {
        try (InputStream in = VendorDefinition.class.getResourceAsStream("/vendor-definitions/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No vendor definition " + resource);
            }
            return parse(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable vendor definition " + resource, e);
        }
    }

    static VendorDefinition parse(JsonNode json) {
        List<Operation> operations = new ArrayList<>();
        for (JsonNode op : json.path("operations")) {
            List<String> query = new ArrayList<>();
            op.path("query").forEach(q -> query.add(q.asText()));
            String template = op.path("path").asText();
            operations.add(new Operation(op.path("method").asText(), template, pattern(template), query,
                    op.path("body").asText(null), op.path("queryOf").asText(null)));
        }
        Map<String, Map<String, String>> models = new LinkedHashMap<>();
        json.path("models").fields().forEachRemaining(model -> {
            Map<String, String> fields = new LinkedHashMap<>();
            model.getValue().fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
            models.put(model.getKey(), fields);
        });
        return new VendorDefinition(json.path("api").asText(), json.path("prefix").asText(""), operations, models);
    }

    public String api() {
        return api;
    }

    String prefix() {
        return prefix;
    }

    Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equalsIgnoreCase(method) && o.path().matcher(path).matches())
                .findFirst();
    }

    Map<String, String> model(String name) {
        Map<String, String> model = models.get(name);
        if (model == null) {
            throw new IllegalStateException(api + ": the definition extract names a model " + name + " it does not hold");
        }
        return model;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("((?=\\{)|(?<=\\}))")) {
            if (part.startsWith("{") && part.endsWith("*}")) {
                regex.append(".+");
            } else if (part.startsWith("{")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
