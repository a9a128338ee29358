package com.onboarding.reminder.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The flow's "When a HTTP request is received" trigger; its query string carries the SAS signature. */
@Consumes(MediaType.APPLICATION_JSON)
interface PowerAutomateApi {

    @POST
    Response invoke(@RestQuery Map<String, String> query, JsonNode registration);
}
