package com.onboarding.gateway.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import com.onboarding.gateway.terms.TermsEnvelopeSender;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * DocuSign Connect (JSON SIM) webhook. The HMAC is checked over the raw bytes before anything is parsed; an
 * unsigned or badly signed delivery is refused (401) and stored nowhere. {@code envelope-completed} starts an
 * onboarding (once per envelope), or, for a T&amp;C envelope the gateway sent, puts the T&amp;C on file and lets
 * the held onboarding go on; other events are acknowledged and ignored. Only the intake's own transaction
 * runs on the request path, so DocuSign gets its answer fast.
 */
@Path("/docusign/connect")
@PermitAll
public class ConnectWebhook {

    private static final Logger LOG = Logger.getLogger(ConnectWebhook.class);

    private final IntakeConfig config;
    private final TermsMapping mapping;
    private final Intake intake;
    private final MeterRegistry registry;

    public ConnectWebhook(IntakeConfig config, TermsMapping mapping, Intake intake, MeterRegistry registry) {
        this.config = config;
        this.mapping = mapping;
        this.intake = intake;
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    @Blocking
    @Operation(summary = "DocuSign Connect delivery (JSON SIM, HMAC-signed)")
    public Response deliver(byte[] body, @Context HttpHeaders headers) {
        List<String> signatures = headers.getRequestHeaders().entrySet().stream()
                .filter(header -> header.getKey().toLowerCase().startsWith("x-docusign-signature-"))
                .flatMap(header -> header.getValue().stream()).toList();
        if (signatures.isEmpty() || !ConnectSignature.verifies(body, signatures, config.connect().hmacKeys())) {
            registry.counter("gateway.connect.rejected", "reason", signatures.isEmpty() ? "unsigned" : "bad-signature")
                    .increment();
            LOG.warnf("DocuSign Connect delivery refused: %s", signatures.isEmpty() ? "no signature" : "signature does not verify");
            return Response.status(401).entity("signature required").build();
        }
        String raw = new String(body, StandardCharsets.UTF_8);
        JsonNode message;
        try {
            message = EventJson.mapper().readTree(body);
        } catch (java.io.IOException e) {
            intake.receiveUnreadable("unreadable-" + sha256(body), raw, "not JSON: " + e.getMessage());
            return Response.ok("stored for a person").build();
        }
        String event = message.path("event").asText();
        String envelopeId = message.path("data").path("envelopeId").asText(null);
        if (!"envelope-completed".equals(event)) {
            return Response.ok("ignored: " + event).build();
        }
        if (envelopeId == null || envelopeId.isBlank()) {
            intake.receiveUnreadable("unreadable-" + sha256(body), raw, "no data.envelopeId");
            return Response.ok("stored for a person").build();
        }
        Map<String, String> fields = EnvelopeFields.of(message.path("data").path("envelopeSummary"), mapping);
        Intake.Outcome outcome = intake.envelopeCompleted(envelopeId, raw, fields, fields.get(TermsEnvelopeSender.ONBOARDING_FIELD));
        registry.counter("gateway.connect.accepted", "outcome", outcome.name().toLowerCase()).increment();
        return Response.ok(switch (outcome) {
            case STARTED -> "onboarding " + envelopeId + " started";
            case DUPLICATE -> "already received";
            case TERMS_AND_CONDITIONS -> "T&C envelope " + envelopeId + " recorded";
        }).build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
