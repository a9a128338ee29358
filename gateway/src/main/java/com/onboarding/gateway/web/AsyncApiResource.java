package com.onboarding.gateway.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.events.EventJson;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The AsyncAPI document of the suite's topics and events, open like the OpenAPI document. */
@Path("/asyncapi")
@PermitAll
public class AsyncApiResource {

    private final ObjectNode document;

    public AsyncApiResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.document = AsyncApiDocument.build(EventJson.mapper(), version);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "AsyncAPI 3.0 document of every Kafka topic and event (written from the event JSON schemas)")
    public ObjectNode get() {
        return document;
    }
}
