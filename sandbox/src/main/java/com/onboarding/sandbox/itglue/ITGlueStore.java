package com.onboarding.sandbox.itglue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.sandbox.frame.CallRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated IT Glue account: organizations, contacts (what tag traits point at), flexible asset types with
 * their fields, flexible assets and documents. It starts with the organization "Geek Girls IT" and the "Site
 * Summary" type. Every accepted write of a client is recorded (api "it-glue"); seeding is not. Refuses what IT
 * Glue refuses: unknown trait keys, a Select value that is not an option, a tag that is not an id, a missing
 * required trait (so a PATCH that leaves traits out is refused when they were required, and wipes them otherwise).
 */
@ApplicationScoped
public class ITGlueStore {

    public static final String SITE_SUMMARY = "Site Summary";

    private final CallRecord record;
    private final ObjectMapper mapper;
    private final AtomicLong ids = new AtomicLong(4_481_000);
    private final Map<Long, String> organizations = new LinkedHashMap<>();
    private final Map<Long, String> contacts = new LinkedHashMap<>();
    private final Map<Long, AssetType> types = new LinkedHashMap<>();
    private final Map<Long, FlexibleAsset> assets = new LinkedHashMap<>();
    private final Map<Long, ITGlueDocument> documents = new LinkedHashMap<>();

    public ITGlueStore(CallRecord record, ObjectMapper mapper) {
        this.record = record;
        this.mapper = mapper;
        long own = organization("Geek Girls IT");
        long contact = contact("Gina Geek");
        types.put(ids.incrementAndGet(), siteSummary(ids.get()));
        ObjectNode traits = mapper.createObjectNode().put("site-name", "Geek Girls IT - Main Office")
                .put("type-of-managed-services", "Fully Managed").put("internet-provider", "Metro Fiber")
                .put("after-hours-access", true).put("notes", "<p>Our own office.</p>");
        traits.putArray("primary-contact").add(contact);
        seedAsset(own, siteSummaryType().id(), traits);
    }

    private AssetType siteSummary(long id) {
        List<AssetField> fields = List.of(
                field("Site Name", "Text", true, List.of(), null, 1),
                field("Type of Managed Services", "Select", false,
                        List.of("Fully Managed", "RMM and Backup", "RMM Only", "Backup Only", "Not Managed"), null, 2),
                field("Primary Contact", "Tag", false, List.of(), "Contacts", 3),
                field("Internet Provider", "Text", false, List.of(), null, 4),
                field("After Hours Access", "Checkbox", false, List.of(), null, 5),
                field("Network Diagram", "Upload", false, List.of(), null, 6),
                field("Notes", "Textbox", false, List.of(), null, 7));
        return new AssetType(id, SITE_SUMMARY, "One per customer site: how we manage it", fields);
    }

    private AssetField field(String name, String kind, boolean required, List<String> options, String tagType, int order) {
        return new AssetField(ids.incrementAndGet(), name, AssetField.nameKeyOf(name), kind, required, options, tagType, order);
    }

    // ---- seeding (a person or the PSA sync did it: not recorded)

    synchronized long organization(String name) {
        return organizationByName(name).orElseGet(() -> {
            long id = ids.incrementAndGet();
            organizations.put(id, name);
            return id;
        });
    }

    synchronized long contact(String name) {
        long id = ids.incrementAndGet();
        contacts.put(id, name);
        return id;
    }

    synchronized FlexibleAsset seedAsset(long organizationId, long typeId, ObjectNode traits) {
        AssetType type = type(typeId);
        validate(type, traits);
        FlexibleAsset asset = new FlexibleAsset(ids.incrementAndGet(), organizationId, typeId, traits);
        assets.put(asset.id, asset);
        return asset;
    }

    // ---- reads

    synchronized Optional<Long> organizationByName(String name) {
        return organizations.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey)
                .findFirst();
    }

    synchronized Map<Long, String> organizations() {
        return new LinkedHashMap<>(organizations);
    }

    synchronized String organizationName(long id) {
        String name = organizations.get(id);
        if (name == null) {
            throw ITGlueException.notFound("Organization " + id);
        }
        return name;
    }

    synchronized List<AssetType> types() {
        return new ArrayList<>(types.values());
    }

    synchronized AssetType type(long id) {
        AssetType type = types.get(id);
        if (type == null) {
            throw ITGlueException.notFound("Flexible asset type " + id);
        }
        return type;
    }

    synchronized AssetType siteSummaryType() {
        return types.values().stream().filter(t -> t.name().equals(SITE_SUMMARY)).findFirst().orElseThrow();
    }

    synchronized List<FlexibleAsset> assets(long typeId, Long organizationId) {
        return assets.values().stream().filter(a -> a.typeId == typeId
                && (organizationId == null || a.organizationId == organizationId)).toList();
    }

    synchronized FlexibleAsset asset(long id) {
        FlexibleAsset asset = assets.get(id);
        if (asset == null) {
            throw ITGlueException.notFound("Flexible asset " + id);
        }
        return asset;
    }

    synchronized String contactName(long id) {
        return contacts.getOrDefault(id, "Contact " + id);
    }

    synchronized List<ITGlueDocument> documents(Long organizationId) {
        return documents.values().stream().filter(d -> organizationId == null || d.organizationId == organizationId).toList();
    }

    /** A person moves a document into a folder (null: back to the root). */
    synchronized ITGlueDocument move(long documentId, Long folderId) {
        ITGlueDocument document = document(documentId);
        document.folderId = folderId;
        return document;
    }

    synchronized ITGlueDocument document(long id) {
        ITGlueDocument document = documents.get(id);
        if (document == null) {
            throw ITGlueException.notFound("Document " + id);
        }
        return document;
    }

    // ---- writes of a client (recorded)

    /** PATCH: the traits sent replace all traits (what is left out is gone). */
    synchronized FlexibleAsset replaceTraits(long assetId, JsonNode traits) {
        FlexibleAsset asset = asset(assetId);
        if (traits == null || !traits.isObject()) {
            throw ITGlueException.unprocessable("traits must be an object keyed by field name-key", "/data/attributes/traits");
        }
        ObjectNode copy = (ObjectNode) traits.deepCopy();
        validate(type(asset.typeId), copy);
        asset.traits = copy;
        asset.updatedAt = Instant.now();
        record.add("it-glue", "update-flexible-asset", "flexible_assets/" + assetId,
                Map.of("organizationId", asset.organizationId, "traits", mapper.convertValue(copy, Map.class)));
        return asset;
    }

    synchronized ITGlueDocument createDocument(long organizationId, String name) {
        organizationName(organizationId);
        if (name == null || name.isBlank()) {
            throw ITGlueException.unprocessable("Name can't be blank", "/data/attributes/name");
        }
        ITGlueDocument document = new ITGlueDocument(ids.incrementAndGet(), organizationId, name);
        documents.put(document.id, document);
        record.add("it-glue", "create-document", "organizations/" + organizationId + "/documents",
                Map.of("documentId", document.id, "name", name));
        return document;
    }

    synchronized Map<String, Object> addSection(long documentId, JsonNode attributes) {
        ITGlueDocument document = document(documentId);
        String type = attributes.path("resource-type").asText("");
        if (!List.of("Document::Text", "Document::Heading", "Document::Gallery", "Document::Step").contains(type)) {
            throw ITGlueException.unprocessable("resource-type must be one of Document::Text, Document::Heading,"
                    + " Document::Gallery, Document::Step", "/data/attributes/resource-type");
        }
        if (!attributes.hasNonNull("content") || attributes.get("content").asText().isBlank()) {
            throw ITGlueException.unprocessable("Content can't be blank", "/data/attributes/content");
        }
        if (type.equals("Document::Heading")) {
            int level = attributes.path("level").asInt(0);
            if (level < 1 || level > 6) {
                throw ITGlueException.unprocessable("A heading needs a level from 1 to 6", "/data/attributes/level");
            }
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", ids.incrementAndGet());
        section.put("document-id", documentId);
        section.put("resource-type", type);
        section.put("content", attributes.get("content").asText());
        if (attributes.has("level")) {
            section.put("level", attributes.get("level").asInt());
        }
        section.put("sort", document.sections.size());
        document.sections.add(section);
        record.add("it-glue", "create-document-section", "documents/" + documentId + "/sections",
                Map.of("resourceType", type, "sectionId", section.get("id")));
        return section;
    }

    synchronized ITGlueDocument publish(long documentId) {
        ITGlueDocument document = document(documentId);
        document.published = true;
        record.add("it-glue", "publish-document", "documents/" + documentId, Map.of("name", document.name));
        return document;
    }

    private void validate(AssetType type, ObjectNode traits) {
        List<String> unknown = new ArrayList<>();
        traits.fieldNames().forEachRemaining(key -> {
            if (type.field(key).isEmpty()) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            throw ITGlueException.unprocessable("Request contains invalid trait keys: " + unknown, "/data/attributes/traits");
        }
        for (AssetField field : type.fields()) {
            JsonNode value = traits.get(field.nameKey());
            boolean blank = value == null || value.isNull() || value.asText().isBlank() && !value.isContainerNode()
                    || value.isContainerNode() && value.isEmpty();
            if (field.required() && blank) {
                throw ITGlueException.unprocessable("Traits " + field.nameKey() + " can't be blank",
                        "/data/attributes/traits/" + field.nameKey());
            }
            if (blank) {
                continue;
            }
            switch (field.kind()) {
                case "Select" -> {
                    if (!field.options().contains(value.asText())) {
                        throw ITGlueException.unprocessable("Traits " + field.nameKey() + " '" + value.asText()
                                + "' is not one of " + field.options(), "/data/attributes/traits/" + field.nameKey());
                    }
                }
                case "Tag" -> {
                    if (!value.isArray()) {
                        throw ITGlueException.unprocessable("Traits " + field.nameKey() + " must be an array of "
                                + field.tagType() + " ids", "/data/attributes/traits/" + field.nameKey());
                    }
                    for (JsonNode id : value) {
                        if (!id.canConvertToLong() && !id.asText().matches("\\d+")) {
                            throw ITGlueException.unprocessable("Traits " + field.nameKey() + " must be an array of "
                                    + field.tagType() + " ids, not " + id, "/data/attributes/traits/" + field.nameKey());
                        }
                    }
                }
                case "Checkbox" -> {
                    if (!value.isBoolean()) {
                        throw ITGlueException.unprocessable("Traits " + field.nameKey() + " must be true or false",
                                "/data/attributes/traits/" + field.nameKey());
                    }
                }
                default -> {
                }
            }
        }
    }
}
