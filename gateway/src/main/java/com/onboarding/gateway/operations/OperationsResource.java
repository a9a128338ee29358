package com.onboarding.gateway.operations;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The operators' view (roles operator, admin): the live event stream, the dead letters, and their replay. */
@Path("/api/operations")
@RolesAllowed({"operator", "admin"})
public class OperationsResource {

    private final LiveEvents live;
    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public OperationsResource(LiveEvents live, DeadLetters deadLetters, SecurityIdentity identity) {
        this.live = live;
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live stream (SSE) of every onboarding event on every suite topic, from the moment of connecting: "
            + "{topic, partition, offset, type, eventId, onboardingId, time, data}")
    public Multi<OperationsEvent> events() {
        return live.stream();
    }

    @GET
    @Path("/dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Every record on the onboarding.dead-letter.* topics, oldest first, with the reason, its original "
            + "topic and whether it was replayed")
    public List<DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    @POST
    @Path("/dead-letters/{topic}/{partition}/{offset}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Republish a dead letter to its original topic (original key, value and ce_* headers); once only, "
            + "audited. Consumers are idempotent on ce_id.")
    public Response replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        DeadLetterReplay replay = deadLetters.replay(topic, partition, offset, identity.getPrincipal().getName());
        return Response.accepted(Map.of("id", replay.id, "originalTopic", replay.originalTopic,
                "eventId", String.valueOf(replay.eventId))).build();
    }
}
