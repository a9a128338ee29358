package com.onboarding.clients.itglue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.http.Rejected;
import java.util.ArrayList;
import java.util.List;

/**
 * The traits to send when changing one trait of a flexible asset. IT Glue's PATCH replaces the whole trait set:
 * a trait left out is deleted. So every trait read is copied; tag traits, which GET expands to objects, go back
 * as arrays of ids; one trait changes. An asset holding an uploaded file cannot be updated without losing it
 * (files must be uploaded again), so that is refused for a person to handle.
 */
public final class Traits {

    private Traits() {
    }

    public static ObjectNode withChange(FlexibleAssetType type, JsonNode current, String nameKey, JsonNode value) {
        if (type.field(nameKey).filter(f -> f.nameKey().equals(nameKey)).isEmpty()) {
            throw new Rejected(422, "IT Glue: the flexible asset type '" + type.name() + "' has no field with name-key '"
                    + nameKey + "' (its keys: " + type.fields().stream().map(FlexibleAssetField::nameKey).toList() + ")", null);
        }
        ObjectNode traits = JsonNodeFactory.instance.objectNode();
        List<String> files = new ArrayList<>();
        current.fields().forEachRemaining(trait -> {
            FlexibleAssetField field = type.field(trait.getKey()).filter(f -> f.nameKey().equals(trait.getKey())).orElse(null);
            JsonNode v = trait.getValue();
            if (field != null && field.isUpload() && !v.isNull() && !v.isEmpty()) {
                files.add(field.name());
            } else if (field != null && field.isTag()) {
                traits.set(trait.getKey(), tagIds(v));
            } else {
                traits.set(trait.getKey(), v.deepCopy());
            }
        });
        if (!files.isEmpty()) {
            throw new Rejected(422, "IT Glue: the asset holds uploaded files in " + files + "; an API update would delete"
                    + " them (files must be uploaded again), so set the field by hand", null);
        }
        traits.set(nameKey, value);
        return traits;
    }

    /** A tag trait as GET returns it ({"type":..,"values":[{"id":..}]} or [{"id":..}]) as the ids PATCH expects. */
    static ArrayNode tagIds(JsonNode tag) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        JsonNode values = tag.isObject() && tag.has("values") ? tag.get("values") : tag;
        if (values.isArray()) {
            for (JsonNode v : values) {
                ids.add(v.isObject() ? v.path("id").asLong() : v.asLong());
            }
        } else if (!values.isNull() && !values.isMissingNode() && !values.isObject()) {
            ids.add(values.asLong());
        }
        return ids;
    }
}
