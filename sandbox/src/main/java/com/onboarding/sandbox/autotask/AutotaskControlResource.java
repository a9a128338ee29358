package com.onboarding.sandbox.autotask;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * What people and the tenant's history do in Autotask, for tests and the demo: seed a company or an existing
 * contract, complete a checklist item or a ticket as a technician would, and read the whole simulated tenant.
 * None of it is recorded as a write of the suite.
 */
@Path("/sandbox/autotask")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class AutotaskControlResource {

    private final AutotaskStore store;

    public AutotaskControlResource(AutotaskStore store) {
        this.store = store;
    }

    @GET
    public Map<String, List<ObjectNode>> state() {
        return store.snapshot();
    }

    @GET
    @Path("/{entity}")
    public List<ObjectNode> entities(@PathParam("entity") String entity) {
        return store.all(entity);
    }

    @POST
    @Path("/{entity}")
    public Map<String, Long> seed(@PathParam("entity") String entity, ObjectNode item) {
        return Map.of("itemId", store.seed(entity, item));
    }

    /**
     * A person's change, e.g. a technician completing a checklist item: {"id":..., "isCompleted": true} (the item's
     * completedDateTime is stamped unless the patch sets it).
     */
    @PATCH
    @Path("/{entity}")
    public ObjectNode personChanges(@PathParam("entity") String entity, ObjectNode patch) {
        ObjectNode item = store.get(entity, patch.get("id").asLong()).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        if (entity.equals("TicketChecklistItems") && patch.path("isCompleted").asBoolean(false)
                && !item.path("isCompleted").asBoolean(false) && !patch.has("completedDateTime")) {
            // Autotask stamps when an item was completed (UTC)
            patch.put("completedDateTime", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        }
        patch.fields().forEachRemaining(field -> item.set(field.getKey(), field.getValue()));
        return item;
    }
}
