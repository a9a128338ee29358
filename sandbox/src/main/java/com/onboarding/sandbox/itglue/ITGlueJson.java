package com.onboarding.sandbox.itglue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Renders the simulated records as JSON:API resources, the way IT Glue does (string ids, kebab-case attributes). */
final class ITGlueJson {

    private final ObjectMapper mapper;
    private final ITGlueStore store;
    private final String webBase;

    ITGlueJson(ObjectMapper mapper, ITGlueStore store, String webBase) {
        this.mapper = mapper;
        this.store = store;
        this.webBase = webBase;
    }

    ObjectNode organization(long id, String name) {
        ObjectNode data = resource("organizations", id);
        ((ObjectNode) data.get("attributes")).put("name", name).put("organization-type-name", "Customer")
                .put("organization-status-name", "Active").put("psa-integration", "autotask")
                .put("resource-url", webBase + "/" + id);
        return data;
    }

    ObjectNode type(AssetType type) {
        ObjectNode data = resource("flexible-asset-types", type.id());
        ((ObjectNode) data.get("attributes")).put("name", type.name()).put("description", type.description()).put("enabled", true);
        return data;
    }

    ObjectNode field(AssetType type, AssetField field) {
        ObjectNode data = resource("flexible-asset-fields", field.id());
        ObjectNode attributes = ((ObjectNode) data.get("attributes")).put("order", field.order()).put("name", field.name())
                .put("name-key", field.nameKey()).put("kind", field.kind()).put("required", field.required())
                .put("flexible-asset-type-id", type.id()).put("show-in-list", field.order() <= 2);
        attributes.put("tag-type", field.tagType());
        attributes.put("default-value", field.options().isEmpty() ? null : String.join("\n", field.options()));
        return data;
    }

    /** Tag traits come back expanded: {"type":"Contacts","values":[{"id":..,"name":..}]}. */
    ObjectNode asset(FlexibleAsset asset) {
        AssetType type = store.type(asset.typeId);
        ObjectNode data = resource("flexible-assets", asset.id);
        ObjectNode traits = mapper.createObjectNode();
        asset.traits.fields().forEachRemaining(trait -> {
            AssetField field = type.field(trait.getKey()).orElseThrow();
            if (field.kind().equals("Tag")) {
                ObjectNode tag = traits.putObject(trait.getKey()).put("type", field.tagType());
                ArrayNode values = tag.putArray("values");
                for (JsonNode id : trait.getValue()) {
                    values.addObject().put("id", id.asLong()).put("name", store.contactName(id.asLong()))
                            .put("organization-id", asset.organizationId);
                }
            } else {
                traits.set(trait.getKey(), trait.getValue().deepCopy());
            }
        });
        JsonNode first = asset.traits.get(type.fields().get(0).nameKey());
        ((ObjectNode) data.get("attributes")).put("organization-id", asset.organizationId)
                .put("organization-name", store.organizationName(asset.organizationId))
                .put("flexible-asset-type-id", type.id()).put("flexible-asset-type-name", type.name())
                .put("name", first == null ? null : first.asText())
                .put("resource-url", webBase + "/" + asset.organizationId + "/assets/records/" + asset.id)
                .put("created-at", asset.createdAt.toString()).put("updated-at", asset.updatedAt.toString())
                .set("traits", traits);
        return data;
    }

    ObjectNode document(ITGlueDocument document) {
        ObjectNode data = resource("documents", document.id);
        ((ObjectNode) data.get("attributes")).put("name", document.name).put("organization-id", document.organizationId)
                .put("published", document.published).put("draft", !document.published)
                .put("document-folder-id", document.folderId)
                .put("resource-url", webBase + "/" + document.organizationId + "/docs/" + document.id)
                .put("created-at", document.createdAt.toString());
        return data;
    }

    ObjectNode section(Map<String, Object> section) {
        ObjectNode data = resource("document-sections", ((Number) section.get("id")).longValue());
        ObjectNode attributes = ((ObjectNode) data.get("attributes"));
        section.forEach((key, value) -> {
            if (!key.equals("id")) {
                attributes.set(key, mapper.valueToTree(value));
            }
        });
        return data;
    }

    private ObjectNode resource(String type, long id) {
        ObjectNode data = mapper.createObjectNode().put("id", String.valueOf(id)).put("type", type);
        data.putObject("attributes");
        return data;
    }
}
