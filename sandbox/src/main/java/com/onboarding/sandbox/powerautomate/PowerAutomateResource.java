package com.onboarding.sandbox.powerautomate;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.sandbox.frame.CallRecord;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A Power Automate flow with a "When a HTTP request is received" trigger: the SAS signature (sig) is the secret;
 * the body is checked against the trigger's schema (required fields); 202 Accepted. Like the flow we ask the MSP
 * to build, it de-duplicates on reminderId + revision. Refuses any registration containing an ampersand, which
 * is what breaks the real e-mail commands.
 */
@Path("/power-automate/workflows/{workflow}/triggers/manual/paths/invoke")
@Blocking
public class PowerAutomateResource {

    private static final List<String> REQUIRED = List.of("reminderId", "revision", "subject", "from", "to", "bcc",
            "textTemplate", "sendAt");

    private final CallRecord record;
    private final String signature;
    private final Map<String, JsonNode> registrations = new ConcurrentHashMap<>();

    public PowerAutomateResource(CallRecord record,
            @ConfigProperty(name = "sandbox.power-automate.sig", defaultValue = "sandbox-sig") String signature) {
        this.record = record;
        this.signature = signature;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invoke(@PathParam("workflow") String workflow, @QueryParam("sig") String sig,
            @QueryParam("api-version") String apiVersion, JsonNode body) {
        if (!signature.equals(sig) || apiVersion == null) {
            return Response.status(401).entity(Map.of("error", Map.of("code", "DirectApiAuthorizationRequired",
                    "message", "The request must be authenticated by the trigger URL's SAS signature"))).build();
        }
        List<String> missing = new ArrayList<>();
        for (String field : REQUIRED) {
            if (body == null || !body.hasNonNull(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            return Response.status(400).entity(Map.of("error", Map.of("code", "TriggerInputSchemaMismatch",
                    "message", "The input body for trigger 'manual' does not match its schema: missing " + missing))).build();
        }
        if (body.toString().contains("&")) {
            return Response.status(400).entity(Map.of("error", Map.of("code", "InvalidCommand",
                    "message", "An ampersand would break the e-mail command"))).build();
        }
        String key = workflow + "/" + body.get("reminderId").asText() + "#" + body.get("revision").asInt();
        if (registrations.putIfAbsent(key, body) == null) {
            record.add("power-automate", "register", body.get("reminderId").asText(),
                    Map.of("subject", body.get("subject").asText(), "revision", body.get("revision").asInt(),
                            "bcc", body.get("bcc").toString(), "textTemplate", body.get("textTemplate").asText()));
        }
        return Response.accepted().build();
    }

    /** Control: every registration the flow holds. */
    @GET
    @Path("/sandbox-registrations")
    @Produces(MediaType.APPLICATION_JSON)
    public List<JsonNode> registrations(@PathParam("workflow") String workflow) {
        return registrations.entrySet().stream().filter(e -> e.getKey().startsWith(workflow + "/"))
                .map(Map.Entry::getValue).toList();
    }
}
