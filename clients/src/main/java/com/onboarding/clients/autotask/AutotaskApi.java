package com.onboarding.clients.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Autotask REST API V1.0 paths the suite uses (../shared/reference/integrations.md, section 1.3). Every call but
 * zone discovery carries the onboarding it is made for in {@code X-Onboarding-Id} (Autotask ignores it; the sandbox
 * counts the calls per onboarding by it).
 */
@Path("/V1.0")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AutotaskApi {

    @GET
    @Path("/ZoneInformation")
    JsonNode zoneInformation(@QueryParam("user") String user);

    @POST
    @Path("/{entity}/query")
    JsonNode query(@PathParam("entity") String entity, JsonNode query,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @GET
    @Path("/{entity}/query/next")
    JsonNode nextPage(@PathParam("entity") String entity, @RestQuery Map<String, String> params,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @GET
    @Path("/{entity}/{id}")
    JsonNode get(@PathParam("entity") String entity, @PathParam("id") long id,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @POST
    @Path("/{entity}")
    JsonNode create(@PathParam("entity") String entity, JsonNode item,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @POST
    @Path("/{parent}/{parentId}/{child}")
    JsonNode createChild(@PathParam("parent") String parent, @PathParam("parentId") long parentId,
            @PathParam("child") String child, JsonNode item,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @PATCH
    @Path("/{entity}")
    JsonNode update(@PathParam("entity") String entity, JsonNode item,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @PATCH
    @Path("/{parent}/{parentId}/{child}")
    JsonNode updateChild(@PathParam("parent") String parent, @PathParam("parentId") long parentId,
            @PathParam("child") String child, JsonNode item,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @GET
    @Path("/{entity}/entityInformation/fields")
    JsonNode fields(@PathParam("entity") String entity,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);

    @GET
    @Path("/{entity}/entityInformation/userDefinedFields")
    JsonNode userDefinedFields(@PathParam("entity") String entity,
            @HeaderParam(AutotaskClient.ONBOARDING_HEADER) String onboarding);
}
