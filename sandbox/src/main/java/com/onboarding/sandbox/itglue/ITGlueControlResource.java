package com.onboarding.sandbox.itglue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the account already has, for tests and the demo (never recorded as a write of the suite): seed an
 * organization (as the PSA sync makes them) and a customer's Site Summary asset, and read the state with traits
 * as stored (tags as ids) and documents with their sections.
 */
@Path("/sandbox/itglue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class ITGlueControlResource {

    public record OrganizationSeed(String name) {
    }

    /**
     * A Site Summary of {@code organization} (created when missing). {@code traits} replace the defaults (site
     * name, internet provider, after-hours access, a primary contact tag, notes) key by key.
     */
    public record SiteSummarySeed(String organization, ObjectNode traits) {
    }

    private final ITGlueStore store;
    private final ObjectMapper mapper;

    public ITGlueControlResource(ITGlueStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @POST
    @Path("/organizations")
    public Map<String, Object> organization(OrganizationSeed seed) {
        return Map.of("id", store.organization(seed.name()), "name", seed.name());
    }

    @POST
    @Path("/site-summaries")
    public Map<String, Object> siteSummary(SiteSummarySeed seed) {
        long organization = store.organization(seed.organization());
        ObjectNode traits = mapper.createObjectNode().put("site-name", seed.organization() + " - Main Office")
                .put("internet-provider", "Metro Fiber").put("after-hours-access", false)
                .put("notes", "<p>Alarm code with the office manager.</p>");
        traits.putArray("primary-contact").add(store.contact("Office Manager of " + seed.organization()));
        if (seed.traits() != null) {
            traits.setAll(seed.traits());
        }
        try {
            return asset(store.seedAsset(organization, store.siteSummaryType().id(), traits));
        } catch (ITGlueException e) {
            throw new jakarta.ws.rs.BadRequestException(e.getMessage());
        }
    }

    @GET
    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organizations", store.organizations().entrySet().stream()
                .map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList());
        state.put("flexibleAssetTypes", store.types().stream().map(t -> Map.of("id", t.id(), "name", t.name(),
                "fields", t.fields())).toList());
        state.put("flexibleAssets", store.types().stream().flatMap(t -> store.assets(t.id(), null).stream())
                .map(this::asset).toList());
        state.put("documents", documents(null));
        return state;
    }

    @GET
    @Path("/flexible-assets/{id}")
    public Map<String, Object> flexibleAsset(@PathParam("id") long id) {
        try {
            return asset(store.asset(id));
        } catch (ITGlueException e) {
            throw new jakarta.ws.rs.NotFoundException(e.getMessage());
        }
    }

    /** The Site Summary assets of an organization, by its name. */
    @GET
    @Path("/site-summaries")
    public List<Map<String, Object>> siteSummaries(@QueryParam("organization") String organization) {
        long id = store.organizationByName(organization).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return store.assets(store.siteSummaryType().id(), id).stream().map(this::asset).toList();
    }

    /** Documents (drafts and published) with their sections; {@code organization} filters by name. */
    @GET
    @Path("/documents")
    public List<Map<String, Object>> documents(@QueryParam("organization") String organization) {
        Long id = organization == null ? null
                : store.organizationByName(organization).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return store.documents(id).stream().map(d -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", d.id);
            doc.put("organizationId", d.organizationId);
            doc.put("name", d.name);
            doc.put("published", d.published);
            doc.put("folderId", d.folderId);
            doc.put("sections", d.sections);
            return doc;
        }).toList();
    }

    /** A person moves a document into a document folder: {@code {"folderId": 7}} ({@code null}: back to the root). */
    @jakarta.ws.rs.POST
    @Path("/documents/{id}/folder")
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    public Map<String, Object> move(@jakarta.ws.rs.PathParam("id") long id, Map<String, Long> folder) {
        ITGlueDocument document = store.move(id, folder.get("folderId"));
        return Map.of("id", document.id, "folderId", String.valueOf(document.folderId));
    }

    private Map<String, Object> asset(FlexibleAsset asset) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", asset.id);
        json.put("organizationId", asset.organizationId);
        json.put("organization", store.organizationName(asset.organizationId));
        json.put("typeId", asset.typeId);
        json.put("traits", asset.traits);
        return json;
    }
}
