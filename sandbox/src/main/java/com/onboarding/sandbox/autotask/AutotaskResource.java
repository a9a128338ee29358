package com.onboarding.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Autotask PSA REST API (V1.0) as the suite uses it: zone discovery, query (POST body or GET search) with
 * paging, get by id, create at the root or through the parent's URL, PATCH, field and UDF metadata. Auth by the
 * ApiIntegrationCode/UserName/Secret headers; refusals are HTTP 500 with {"errors":[...]}; at most
 * {@code threadLimit} concurrent requests per object endpoint, more get 429 with Retry-After.
 */
@Path("/autotask/atservicesrest/V1.0")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class AutotaskResource {

    private static final int MAX_RECORDS = 500;

    private static final Map<String, String> CHILDREN = Map.of(
            "Contracts/Charges", "ContractCharges",
            "Contracts/Services", "ContractServices",
            "Contracts/ServiceAdjustments", "ContractServiceAdjustments",
            "Tickets/ChecklistItems", "TicketChecklistItems",
            "Tickets/ChecklistLibraries", "TicketChecklistLibraries",
            "Tickets/Notes", "TicketNotes");

    private static final Map<String, String> PARENT_FIELD = Map.of("Contracts", "contractID", "Tickets", "ticketID");

    private final AutotaskStore store;
    private final AutotaskAuth auth;
    private final ObjectMapper mapper;
    private final AutotaskUsage usage;

    @HeaderParam("ApiIntegrationCode")
    String integrationCode;

    @HeaderParam("UserName")
    String userName;

    @HeaderParam("Secret")
    String secret;

    @Context
    UriInfo uri;

    public AutotaskResource(AutotaskStore store, AutotaskAuth auth, ObjectMapper mapper, AutotaskUsage usage) {
        this.store = store;
        this.auth = auth;
        this.mapper = mapper;
        this.usage = usage;
    }

    /** The tenant's request threshold and its use in the current timeframe (not counted as a request itself). */
    @GET
    @Path("/ThresholdInformation")
    public Response thresholdInformation() {
        if (!auth.accepts(integrationCode, userName, secret)) {
            return Response.status(401).entity(Map.of("errors", List.of("Unauthorized: check ApiIntegrationCode, UserName and Secret")))
                    .build();
        }
        return Response.ok(Map.of("externalRequestThreshold", usage.threshold(),
                "requestThresholdTimeframe", usage.timeframe().toMinutes(),
                "currentTimeframeRequestCount", usage.currentTimeframe(System.nanoTime()))).build();
    }

    @GET
    @Path("/ZoneInformation")
    public Map<String, Object> zone(@QueryParam("user") String user) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return Map.of("zoneName", "Sandbox", "url", base + "/autotask/atservicesrest/", "webUrl", base + "/autotask/",
                "ci", 1);
    }

    @GET
    @Path("/{entity}/{id: \\d+}")
    public Response get(@PathParam("entity") String entity, @PathParam("id") long id) {
        return call(entity, () -> store.get(entity, id)
                .map(item -> Response.ok(Map.of("item", item)).build())
                .orElseGet(() -> Response.ok(mapper.createObjectNode().putNull("item")).build()));
    }

    @POST
    @Path("/{entity}/query")
    public Response query(@PathParam("entity") String entity, JsonNode body) {
        return call(entity, () -> page(entity, body, 0));
    }

    @GET
    @Path("/{entity}/query")
    public Response querySearch(@PathParam("entity") String entity, @QueryParam("search") String search) {
        return call(entity, () -> page(entity, parse(search), 0));
    }

    @GET
    @Path("/{entity}/query/next")
    public Response next(@PathParam("entity") String entity, @QueryParam("paging") String paging) {
        JsonNode cursor = parse(new String(Base64.getUrlDecoder().decode(paging), StandardCharsets.UTF_8));
        return call(entity, () -> page(entity, cursor.get("query"), cursor.get("offset").asInt()));
    }

    @POST
    @Path("/{entity}/query/count")
    public Response count(@PathParam("entity") String entity, JsonNode body) {
        return call(entity, () -> Response.ok(Map.of("queryCount", store.query(entity, body.get("filter")).size())).build());
    }

    @POST
    @Path("/{entity}")
    public Response create(@PathParam("entity") String entity, ObjectNode body) {
        return call(entity, () -> Response.ok(Map.of("itemId", store.create(entity, body))).build());
    }

    @POST
    @Path("/{parent}/{parentId: \\d+}/{child}")
    public Response createChild(@PathParam("parent") String parent, @PathParam("parentId") long parentId,
            @PathParam("child") String child, ObjectNode body) {
        String entity = child(parent, child);
        body.put(PARENT_FIELD.get(parent), parentId);
        return call(entity, () -> Response.ok(Map.of("itemId", store.create(entity, body))).build());
    }

    @PATCH
    @Path("/{entity}")
    public Response update(@PathParam("entity") String entity, ObjectNode body) {
        return call(entity, () -> Response.ok(Map.of("itemId", store.update(entity, body).get("id").asLong())).build());
    }

    @PATCH
    @Path("/{parent}/{parentId: \\d+}/{child}")
    public Response updateChild(@PathParam("parent") String parent, @PathParam("parentId") long parentId,
            @PathParam("child") String child, ObjectNode body) {
        String entity = child(parent, child);
        return call(entity, () -> Response.ok(Map.of("itemId", store.update(entity, body).get("id").asLong())).build());
    }

    @GET
    @Path("/{entity}/entityInformation/fields")
    public Response fields(@PathParam("entity") String entity) {
        return call(entity, () -> Response.ok(AutotaskSeed.fields(entity)).build());
    }

    @GET
    @Path("/{entity}/entityInformation/userDefinedFields")
    public Response userDefinedFields(@PathParam("entity") String entity) {
        return call(entity, () -> Response.ok(Map.of("fields", entity.equals("Companies") ? AutotaskSeed.companyUdfs()
                : List.of())).build());
    }

    private Response page(String entity, JsonNode query, int offset) {
        if (query == null || !query.has("filter")) {
            throw new AutotaskException("A query needs a filter array (e.g. {\"op\":\"gt\",\"field\":\"id\",\"value\":0})");
        }
        int max = Math.min(query.path("maxRecords").asInt(MAX_RECORDS), MAX_RECORDS);
        List<ObjectNode> all = store.query(entity, query.get("filter"));
        List<ObjectNode> items = all.subList(Math.min(offset, all.size()), Math.min(offset + max, all.size()));
        JsonNode include = query.get("includeFields");
        ArrayNode out = mapper.createArrayNode();
        items.forEach(item -> out.add(project(item, include)));
        ObjectNode pageDetails = mapper.createObjectNode().put("count", items.size()).put("requestCount", max);
        pageDetails.putNull("prevPageUrl");
        if (offset + max < all.size()) {
            String cursor = mapper.createObjectNode().put("offset", offset + max).set("query", query).toString();
            pageDetails.put("nextPageUrl", uri.getBaseUri() + "autotask/atservicesrest/V1.0/" + entity + "/query/next?paging="
                    + Base64.getUrlEncoder().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
        } else {
            pageDetails.putNull("nextPageUrl");
        }
        ObjectNode response = mapper.createObjectNode();
        response.set("items", out);
        response.set("pageDetails", pageDetails);
        return Response.ok(response).build();
    }

    private static ObjectNode project(ObjectNode item, JsonNode include) {
        if (include == null || !include.isArray() || include.isEmpty()) {
            return item;
        }
        ObjectNode projected = item.objectNode();
        projected.set("id", item.get("id"));
        include.forEach(field -> {
            if (item.has(field.asText())) {
                projected.set(field.asText(), item.get(field.asText()));
            }
        });
        return projected;
    }

    private Response call(String entity, Supplier<Response> action) {
        if (!auth.accepts(integrationCode, userName, secret)) {
            return Response.status(401).entity(Map.of("errors", List.of("Unauthorized: check ApiIntegrationCode, UserName and Secret")))
                    .build();
        }
        String endpoint = entity.toLowerCase();
        AutotaskUsage.Admission admission = usage.arrive(endpoint, System.nanoTime());
        if (admission == AutotaskUsage.Admission.OVER_THRESHOLD) {
            return Response.status(429).header("Retry-After", 60)
                    .entity(Map.of("errors", List.of("Request threshold of " + usage.threshold() + " requests per "
                            + usage.timeframe().toMinutes() + " minutes exceeded"))).build();
        }
        if (admission == AutotaskUsage.Admission.OVER_THREAD_LIMIT) {
            return Response.status(429).header("Retry-After", 1)
                    .entity(Map.of("errors", List.of("Thread threshold exceeded for " + entity))).build();
        }
        try {
            return action.get();
        } catch (AutotaskException e) {
            return Response.status(e.status()).entity(Map.of("errors", List.of(e.getMessage()))).build();
        } finally {
            usage.finished(endpoint);
        }
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AutotaskException("Malformed search: " + e.getMessage());
        }
    }

    private static String child(String parent, String child) {
        String entity = CHILDREN.get(parent + "/" + child);
        if (entity == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return entity;
    }
}
