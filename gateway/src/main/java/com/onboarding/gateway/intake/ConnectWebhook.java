package com.onboarding.gateway.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import com.onboarding.gateway.terms.TermsStep;
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
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * DocuSign Connect (JSON SIM) webhook. The body is read up to {@code gateway.connect.max-body-bytes} (413 beyond) and
 * its HMAC checked over the raw bytes before anything is parsed; an unsigned or badly signed delivery is refused (401)
 * and stored nowhere. A signed delivery is always stored, raw bytes kept, and answered 200: what cannot be read or
 * breaks a limit ({@link DeliveryLimits}) waits for a person. At most {@code max-concurrent} are processed at once. {@code envelope-completed} starts an
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
    private final Semaphore turns;

    public ConnectWebhook(IntakeConfig config, TermsMapping mapping, Intake intake, MeterRegistry registry) {
        this.config = config;
        this.mapping = mapping;
        this.intake = intake;
        this.registry = registry;
        this.turns = new Semaphore(config.connect().maxConcurrent());
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    @Blocking
    @Operation(summary = "DocuSign Connect delivery (JSON SIM, HMAC-signed)")
    public Response deliver(InputStream stream, @Context HttpHeaders headers) throws IOException {
        int max = config.connect().maxBodyBytes();
        if (headers.getLength() > max) {
            return tooLarge(headers.getLength());
        }
        byte[] body = stream.readNBytes(max + 1);
        if (body.length > max) {
            return tooLarge(body.length);
        }
        List<String> signatures = headers.getRequestHeaders().entrySet().stream()
                .filter(header -> header.getKey().toLowerCase().startsWith("x-docusign-signature-"))
                .flatMap(header -> header.getValue().stream()).toList();
        if (signatures.isEmpty() || !ConnectSignature.verifies(body, signatures, config.connect().hmacKeys())) {
            registry.counter("gateway.connect.rejected", "reason", signatures.isEmpty() ? "unsigned" : "bad-signature")
                    .increment();
            LOG.warnf("DocuSign Connect delivery refused: %s", signatures.isEmpty() ? "no signature" : "signature does not verify");
            return Response.status(401).entity("signature required").build();
        }
        if (!turns.tryAcquire()) {
            try {
                if (!turns.tryAcquire(config.connect().turnTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    registry.counter("gateway.connect.rejected", "reason", "busy").increment();
                    return Response.status(503).header("Retry-After", "5").entity("busy, retry").build();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Response.status(503).header("Retry-After", "5").entity("busy, retry").build();
            }
        }
        try {
            return signed(body);
        } finally {
            turns.release();
        }
    }

    /** A delivery whose signature verified: it is stored, whatever its content, and answered 200. */
    private Response signed(byte[] body) {
        String unreadableId = "unreadable-" + sha256(body);
        JsonNode message;
        try {
            message = EventJson.mapper().readTree(body);
        } catch (IOException e) {
            return unreadable(unreadableId, body, "not JSON: " + firstLine(e.getMessage()));
        }
        if (message == null || !message.isObject()) {
            return unreadable(unreadableId, body, "not a JSON object");
        }
        String event = message.path("event").asText();
        String envelopeId = message.path("data").path("envelopeId").asText(null);
        if (!"envelope-completed".equals(event)) {
            return Response.ok("ignored: " + DeliveryLimits.storable(event.length() > 50 ? event.substring(0, 50) : event)).build();
        }
        if (envelopeId == null || envelopeId.isBlank()) {
            return unreadable(unreadableId, body, "no data.envelopeId");
        }
        Map<String, String> fields = EnvelopeFields.of(message.path("data").path("envelopeSummary"), mapping);
        Optional<String> broken = DeliveryLimits.broken(envelopeId, fields, mapping.accountName());
        if (broken.isPresent()) {
            return unreadable(unreadableId, body, broken.get());
        }
        Intake.Outcome outcome;
        try {
            outcome = intake.envelopeCompleted(envelopeId, body, fields, fields.get(TermsStep.ONBOARDING_FIELD));
        } catch (RuntimeException e) {
            LOG.warnf(e, "A signed DocuSign Connect delivery could not be taken as an envelope; stored for a person");
            return unreadable(unreadableId, body, "could not be stored as an envelope: " + e.getClass().getSimpleName());
        }
        registry.counter("gateway.connect.accepted", "outcome", outcome.name().toLowerCase()).increment();
        return Response.ok(switch (outcome) {
            case STARTED -> "onboarding " + envelopeId + " started";
            case DUPLICATE -> "already received";
            case TERMS_AND_CONDITIONS -> "T&C envelope " + envelopeId + " recorded";
        }).build();
    }

    private Response unreadable(String onboardingId, byte[] body, String reason) {
        boolean stored = intake.receiveUnreadable(onboardingId, body, reason);
        registry.counter("gateway.connect.accepted", "outcome", "needs-attention").increment();
        return Response.ok(stored ? "stored for a person" : "already received").build();
    }

    private Response tooLarge(long length) {
        registry.counter("gateway.connect.rejected", "reason", "too-large").increment();
        LOG.warnf("DocuSign Connect delivery refused: %d bytes, more than gateway.connect.max-body-bytes", length);
        return Response.status(413).entity("too large").build();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return DeliveryLimits.storable(line.length() > 200 ? line.substring(0, 200) : line);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
