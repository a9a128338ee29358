package com.onboarding.sandbox.itglue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The IT Glue API (JSON:API) as the suite uses it: organizations, flexible asset types and their fields, flexible
 * assets (PATCH replaces every trait), documents with sections, created as drafts and published by
 * {@code PATCH /documents/{id}/publish}. Auth by {@code x-api-key} (401 otherwise); writes must be sent as
 * {@code application/vnd.api+json} (415 otherwise); lists are paged by {@code page[size]} (at most 1000) and
 * {@code page[number]} with {@code meta.next-page}.
 */
@Path("/itglue")
@Blocking
public class ITGlueResource {

    private static final String MEDIA_TYPE = "application/vnd.api+json";
    private static final int MAX_PAGE_SIZE = 1000;

    private final ITGlueStore store;
    private final ITGlueSettings settings;
    private final ObjectMapper mapper;
    private final ITGlueJson json;

    @HeaderParam("x-api-key")
    String apiKey;

    @HeaderParam("Content-Type")
    String contentType;

    @Context
    UriInfo uri;

    public ITGlueResource(ITGlueStore store, ITGlueSettings settings, ObjectMapper mapper) {
        this.store = store;
        this.settings = settings;
        this.mapper = mapper;
        this.json = new ITGlueJson(mapper, store, settings.webBase());
    }

    @GET
    @Path("/organizations")
    public Response organizations() {
        return read(() -> {
            String name = filter("name");
            return page(store.organizations().entrySet().stream()
                    .filter(e -> name == null || e.getValue().equalsIgnoreCase(name))
                    .map(e -> json.organization(e.getKey(), e.getValue())).toList());
        });
    }

    @GET
    @Path("/organizations/{id}")
    public Response organization(@PathParam("id") long id) {
        return read(() -> single(json.organization(id, store.organizationName(id))));
    }

    @GET
    @Path("/flexible_asset_types")
    public Response types() {
        return read(() -> {
            String name = filter("name");
            return page(store.types().stream().filter(t -> name == null || t.name().equalsIgnoreCase(name))
                    .map(json::type).toList());
        });
    }

    @GET
    @Path("/flexible_asset_types/{id}")
    public Response type(@PathParam("id") long id) {
        return read(() -> single(json.type(store.type(id))));
    }

    @GET
    @Path("/flexible_asset_types/{id}/relationships/flexible_asset_fields")
    public Response fields(@PathParam("id") long id) {
        return read(() -> {
            AssetType type = store.type(id);
            return page(type.fields().stream().map(f -> json.field(type, f)).toList());
        });
    }

    @GET
    @Path("/flexible_assets")
    public Response assets() {
        return read(() -> {
            String typeId = filter("flexible-asset-type-id");
            if (typeId == null) {
                throw new ITGlueException(400, "Bad Request", "filter[flexible-asset-type-id] is required", null);
            }
            String organizationId = filter("organization-id");
            return page(store.assets(Long.parseLong(typeId), organizationId == null ? null : Long.parseLong(organizationId))
                    .stream().map(json::asset).toList());
        });
    }

    @GET
    @Path("/flexible_assets/{id}")
    public Response asset(@PathParam("id") long id) {
        return read(() -> single(json.asset(store.asset(id))));
    }

    @PATCH
    @Path("/flexible_assets/{id}")
    public Response updateAsset(@PathParam("id") long id, String body) {
        return write(body, data -> {
            requireType(data, "flexible-assets");
            return single(json.asset(store.replaceTraits(id, data.path("attributes").get("traits"))));
        });
    }

    @GET
    @Path("/organizations/{organizationId}/relationships/documents")
    public Response documents(@PathParam("organizationId") long organizationId) {
        return read(() -> {
            store.organizationName(organizationId);
            // IT Glue documents one filter here, filter[document_folder_id]; without it only root-level documents are
            // listed. Any other filter (filter[name] included) is not IT Glue's and is ignored, as IT Glue ignores it.
            String folder = filter("document_folder_id");
            Long folderId = folder == null ? null : Long.valueOf(folder);
            return page(store.documents(organizationId).stream().filter(d -> java.util.Objects.equals(d.folderId, folderId))
                    .map(json::document).toList());
        });
    }

    @POST
    @Path("/organizations/{organizationId}/relationships/documents")
    public Response createDocument(@PathParam("organizationId") long organizationId, String body) {
        return write(body, data -> {
            requireType(data, "documents");
            return created(json.document(store.createDocument(organizationId, data.path("attributes").path("name").asText(null))));
        });
    }

    @POST
    @Path("/documents")
    public Response createDocumentAtRoot(String body) {
        return write(body, data -> {
            requireType(data, "documents");
            JsonNode attributes = data.path("attributes");
            if (!attributes.hasNonNull("organization-id")) {
                throw ITGlueException.unprocessable("Organization must exist", "/data/attributes/organization-id");
            }
            return created(json.document(store.createDocument(attributes.get("organization-id").asLong(),
                    attributes.path("name").asText(null))));
        });
    }

    @GET
    @Path("/documents/{id}")
    public Response document(@PathParam("id") long id) {
        return read(() -> single(json.document(store.document(id))));
    }

    @GET
    @Path("/documents/{id}/relationships/sections")
    public Response sections(@PathParam("id") long id) {
        return read(() -> page(store.document(id).sections.stream().map(json::section).toList()));
    }

    @POST
    @Path("/documents/{id}/relationships/sections")
    public Response addSection(@PathParam("id") long id, String body) {
        return write(body, data -> {
            requireType(data, "document-sections");
            return created(json.section(store.addSection(id, data.path("attributes"))));
        });
    }

    @PATCH
    @Path("/documents/{id}/publish")
    public Response publish(@PathParam("id") long id, String body) {
        return write(body == null || body.isBlank() ? "{}" : body, data -> single(json.document(store.publish(id))));
    }

    private String filter(String name) {
        return uri.getQueryParameters().getFirst("filter[" + name + "]");
    }

    private Response page(List<ObjectNode> all) {
        int size = Math.min(intParam("page[size]", 50), MAX_PAGE_SIZE);
        int number = Math.max(1, intParam("page[number]", 1));
        int totalPages = Math.max(1, (all.size() + size - 1) / size);
        List<ObjectNode> items = all.subList(Math.min((number - 1) * size, all.size()), Math.min(number * size, all.size()));
        ObjectNode body = mapper.createObjectNode();
        ArrayNode data = body.putArray("data");
        items.forEach(data::add);
        ObjectNode meta = body.putObject("meta").put("current-page", number).put("total-pages", totalPages)
                .put("total-count", all.size());
        if (number < totalPages) {
            meta.put("next-page", number + 1);
        } else {
            meta.putNull("next-page");
        }
        if (number > 1) {
            meta.put("prev-page", number - 1);
        } else {
            meta.putNull("prev-page");
        }
        return answer(200, body);
    }

    private int intParam(String name, int otherwise) {
        String value = uri.getQueryParameters().getFirst(name);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ITGlueException(400, "Bad Request", name + " must be a number", null);
        }
    }

    private Response single(ObjectNode resource) {
        ObjectNode body = mapper.createObjectNode();
        body.set("data", resource);
        return answer(200, body);
    }

    private Response created(ObjectNode resource) {
        ObjectNode body = mapper.createObjectNode();
        body.set("data", resource);
        return answer(201, body);
    }

    private Response read(Supplier<Response> action) {
        if (!settings.apiKey().equals(apiKey)) {
            return error(new ITGlueException(401, "Unauthorized", "Invalid or missing API key (x-api-key)", null));
        }
        try {
            return action.get();
        } catch (ITGlueException e) {
            return error(e);
        }
    }

    private Response write(String body, java.util.function.Function<JsonNode, Response> action) {
        return read(() -> {
            if (contentType == null || !contentType.startsWith(MEDIA_TYPE)) {
                throw new ITGlueException(415, "Unsupported Media Type", "Send " + MEDIA_TYPE, null);
            }
            JsonNode parsed;
            try {
                parsed = mapper.readTree(body == null || body.isBlank() ? "{}" : body);
            } catch (Exception e) {
                throw new ITGlueException(400, "Bad Request", "Malformed JSON: " + e.getMessage(), null);
            }
            return action.apply(parsed.path("data"));
        });
    }

    private static void requireType(JsonNode data, String type) {
        Predicate<JsonNode> ok = d -> type.equals(d.path("type").asText());
        if (!ok.test(data)) {
            throw ITGlueException.unprocessable("data.type must be '" + type + "'", "/data/type");
        }
    }

    private Response answer(int status, JsonNode body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }

    private Response error(ITGlueException e) {
        ObjectNode body = mapper.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject().put("status", e.status()).put("title", e.title())
                .put("detail", e.getMessage());
        if (e.pointer() != null) {
            error.putObject("source").put("pointer", e.pointer());
        }
        return answer(e.status(), body);
    }
}
