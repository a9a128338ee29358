package com.onboarding.clients.itglue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.http.LazyClient;
import com.onboarding.clients.http.Rejected;
import com.onboarding.clients.http.ResilientCaller;
import com.onboarding.clients.http.RetryPolicy;
import com.onboarding.clients.http.TransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The IT Glue client (JSON:API: {@code x-api-key}, {@code application/vnd.api+json}, paging by {@code page[size]}
 * and {@code page[number]}): organizations, flexible asset types with their fields, flexible assets, a change of
 * one trait that keeps every other trait (IT Glue's PATCH deletes the traits left out), and documents created with
 * sections and published. 429 (honouring Retry-After), 5xx and timeouts are retried through
 * {@link ResilientCaller}; creates are retried only on answers that say nothing was written, and looked up before
 * being tried again. Every write is logged with the onboarding id, never the key.
 */
@ApplicationScoped
public class ITGlueClient {

    public static final String MEDIA_TYPE = "application/vnd.api+json";

    private static final Logger LOG = Logger.getLogger(ITGlueClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ITGlueConfig config;
    private final ResilientCaller caller;
    private final LazyClient http;

    @jakarta.inject.Inject
    public ITGlueClient(ITGlueConfig config) {
        this(config, duration -> Thread.sleep(duration.toMillis()));
    }

    /** For tests: a sleeper for the backoff. */
    public ITGlueClient(ITGlueConfig config, ResilientCaller.Sleeper sleeper) {
        this.config = config;
        this.http = new LazyClient(config.timeout());
        this.caller = new ResilientCaller("IT Glue", new RetryPolicy(config.retry().maxAttempts(),
                config.retry().initialBackoff(), config.retry().maxBackoff(), config.retry().maxRetryAfter()),
                sleeper, e -> false);
    }

    /** The organization with exactly this name (case-insensitive), if any. */
    public Optional<ITGlueOrganization> organizationByName(String name) {
        return list("organizations named " + name, "/organizations", Map.of("filter[name]", name)).stream()
                .filter(o -> attr(o, "name").equalsIgnoreCase(name))
                .map(o -> new ITGlueOrganization(o.path("id").asLong(), attr(o, "name")))
                .findFirst();
    }

    /** The flexible asset type with exactly this name, with its fields. */
    public Optional<FlexibleAssetType> flexibleAssetTypeByName(String name) {
        Optional<JsonNode> type = list("flexible asset type " + name, "/flexible_asset_types", Map.of("filter[name]", name))
                .stream().filter(t -> attr(t, "name").equalsIgnoreCase(name)).findFirst();
        return type.map(t -> new FlexibleAssetType(t.path("id").asLong(), attr(t, "name"), fields(t.path("id").asLong())));
    }

    /** The flexible assets of a type in an organization. */
    public List<FlexibleAsset> flexibleAssets(long typeId, long organizationId) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("filter[flexible-asset-type-id]", String.valueOf(typeId));
        filter.put("filter[organization-id]", String.valueOf(organizationId));
        return list("flexible assets of type " + typeId + " in organization " + organizationId, "/flexible_assets", filter)
                .stream().map(ITGlueClient::asset).toList();
    }

    public FlexibleAsset flexibleAsset(long assetId) {
        return asset(json("flexible asset " + assetId, "/flexible_assets/" + assetId).path("data"));
    }

    /**
     * Sets one trait of an asset, keeping all the others: reads the asset, copies every trait (tags as id arrays),
     * changes one and sends them all back. Returns the asset as IT Glue answered. Safe to repeat.
     */
    public FlexibleAsset updateTrait(FlexibleAssetType type, long assetId, String nameKey, JsonNode value) {
        FlexibleAsset current = flexibleAsset(assetId);
        ObjectNode traits = Traits.withChange(type, current.traits(), nameKey, value);
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode data = body.putObject("data").put("type", "flexible-assets").put("id", String.valueOf(assetId));
        data.putObject("attributes").set("traits", traits);
        JsonNode answer = caller.call("update flexible asset " + assetId, () -> send(
                target("/flexible_assets/" + assetId, Map.of()).method("PATCH", entity(body)), ITGlueClient::readJson));
        LOG.infof("IT Glue: set trait %s of flexible asset %d (%d traits kept) for onboarding %s", nameKey, assetId,
                traits.size() - 1, onboarding());
        return asset(answer.path("data"));
    }

    /**
     * The document with exactly this name in the organization, if any: at the organization's root or in one of the
     * document folders people file documents in ({@code itglue.document-folder-ids}). IT Glue filters documents only
     * by {@code filter[document_folder_id]} (without it, root-level documents only), so the name is matched here.
     */
    public Optional<ITGlueDocument> documentByName(long organizationId, String name) {
        String path = "/organizations/" + organizationId + "/relationships/documents";
        Optional<ITGlueDocument> atRoot = named(list("documents at the root", path, Map.of()), name);
        if (atRoot.isPresent()) {
            return atRoot;
        }
        for (long folder : config.documentFolderIds().orElse(List.of())) {
            Optional<ITGlueDocument> inFolder = named(list("documents in folder " + folder, path,
                    Map.of("filter[document_folder_id]", String.valueOf(folder))), name);
            if (inFolder.isPresent()) {
                return inFolder;
            }
        }
        return Optional.empty();
    }

    private static Optional<ITGlueDocument> named(List<JsonNode> documents, String name) {
        return documents.stream().filter(d -> attr(d, "name").equals(name)).map(ITGlueClient::document).findFirst();
    }

    /**
     * Makes sure a published document with this name and these sections exists in the organization, and returns it
     * (with its web URL). Looks up before creating; a draft left by an interrupted earlier attempt gets the
     * sections it lacks and is published, never duplicated.
     */
    public ITGlueDocument createPublishedDocument(long organizationId, String name, List<DocumentSection> sections) {
        ITGlueDocument document = documentByName(organizationId, name).orElse(null);
        if (document == null) {
            document = create(organizationId, name);
        }
        if (document.published()) {
            return document;
        }
        List<String> present = sectionContents(document.id());
        for (DocumentSection section : sections) {
            if (!present.contains(section.content())) {
                addSection(document.id(), section);
            }
        }
        long id = document.id();
        caller.call("publish document " + id, () -> send(target("/documents/" + id + "/publish", Map.of())
                .method("PATCH", entity(MAPPER.createObjectNode())), ITGlueClient::readJson));
        LOG.infof("IT Glue: published document %d '%s' in organization %d for onboarding %s", id, name, organizationId,
                onboarding());
        return document(json("document " + id, "/documents/" + id).path("data"));
    }

    private ITGlueDocument create(long organizationId, String name) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("data").put("type", "documents").putObject("attributes").put("name", name);
        try {
            JsonNode answer = caller.callOnce("create document " + name, () -> send(
                    target("/organizations/" + organizationId + "/relationships/documents", Map.of()).post(entity(body)),
                    ITGlueClient::readJson));
            LOG.infof("IT Glue: created document '%s' in organization %d for onboarding %s", name, organizationId,
                    onboarding());
            return document(answer.path("data"));
        } catch (TransientFailure e) {
            // the answer may have been lost after IT Glue wrote it: look before anyone tries again
            return documentByName(organizationId, name).orElseThrow(() -> e);
        }
    }

    private void addSection(long documentId, DocumentSection section) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode attributes = body.putObject("data").put("type", "document-sections").putObject("attributes")
                .put("resource-type", section.resourceType()).put("content", section.content());
        if (section.level() != null) {
            attributes.put("level", section.level());
        }
        caller.callOnce("add section to document " + documentId, () -> send(
                target("/documents/" + documentId + "/relationships/sections", Map.of()).post(entity(body)),
                ITGlueClient::readJson));
        LOG.infof("IT Glue: added a %s section to document %d for onboarding %s", section.resourceType(), documentId,
                onboarding());
    }

    private List<String> sectionContents(long documentId) {
        List<String> contents = new ArrayList<>();
        for (JsonNode s : list("sections of document " + documentId, "/documents/" + documentId + "/relationships/sections",
                Map.of())) {
            contents.add(attr(s, "content"));
        }
        return contents;
    }

    private List<FlexibleAssetField> fields(long typeId) {
        List<FlexibleAssetField> fields = new ArrayList<>();
        for (JsonNode f : list("fields of flexible asset type " + typeId,
                "/flexible_asset_types/" + typeId + "/relationships/flexible_asset_fields", Map.of())) {
            JsonNode a = f.path("attributes");
            fields.add(new FlexibleAssetField(f.path("id").asLong(), a.path("name").asText(), a.path("name-key").asText(),
                    a.path("kind").asText(), a.path("required").asBoolean(false), a.path("tag-type").asText(null)));
        }
        return fields;
    }

    /** Every item of a list, page by page ({@code page[number]} 1, 2, ... until the last page). */
    private List<JsonNode> list(String what, String path, Map<String, String> filters) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1;; page++) {
            Map<String, String> query = new LinkedHashMap<>(filters);
            query.put("page[size]", String.valueOf(config.pageSize()));
            query.put("page[number]", String.valueOf(page));
            int number = page;
            JsonNode answer = caller.call(what + " (page " + number + ")", () -> send(target(path, query).get(),
                    ITGlueClient::readJson));
            JsonNode data = answer.path("data");
            data.forEach(items::add);
            JsonNode next = answer.path("meta").path("next-page");
            if (data.isEmpty() || next.isMissingNode() || next.isNull()) {
                return items;
            }
        }
    }

    private JsonNode json(String what, String path) {
        return caller.call(what, () -> send(target(path, Map.of()).get(), ITGlueClient::readJson));
    }

    private static <T> T send(Response response, java.util.function.Function<Response, T> onSuccess) {
        if (response.getStatus() >= 400) {
            response.bufferEntity();
            throw new WebApplicationException(response);
        }
        try {
            return onSuccess.apply(response);
        } finally {
            response.close();
        }
    }

    private Invocation.Builder target(String path, Map<String, String> query) {
        String key = config.apiKey().filter(k -> !k.isBlank())
                .orElseThrow(() -> new Rejected(0, "IT Glue is not configured: set itglue.api-key (ITGLUE_API_KEY)", null));
        StringBuilder url = new StringBuilder(config.baseUrl().replaceAll("/+$", "")).append(path);
        String separator = "?";
        for (Map.Entry<String, String> param : query.entrySet()) {
            url.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = "&";
        }
        return http.get().target(URI.create(url.toString())).request(MEDIA_TYPE).header("x-api-key", key);
    }

    private static Entity<String> entity(JsonNode body) {
        return Entity.entity(body.toString(), MEDIA_TYPE);
    }


    private static FlexibleAsset asset(JsonNode data) {
        JsonNode a = data.path("attributes");
        return new FlexibleAsset(data.path("id").asLong(), a.path("organization-id").asLong(),
                a.path("flexible-asset-type-id").asLong(), a.path("name").asText(null), a.path("traits").deepCopy());
    }

    private static ITGlueDocument document(JsonNode data) {
        JsonNode a = data.path("attributes");
        return new ITGlueDocument(data.path("id").asLong(), a.path("name").asText(), a.path("resource-url").asText(null),
                a.path("published").asBoolean(false));
    }

    private static String attr(JsonNode item, String name) {
        return item.path("attributes").path(name).asText("");
    }

    private static JsonNode readJson(Response response) {
        try {
            String body = response.readEntity(String.class);
            return body == null || body.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new jakarta.ws.rs.ProcessingException("IT Glue answered with unreadable JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String onboarding() {
        Object id = MDC.get("onboardingId");
        return id == null ? "none" : id.toString();
    }
}
