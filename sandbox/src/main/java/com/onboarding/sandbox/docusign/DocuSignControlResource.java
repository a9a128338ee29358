package com.onboarding.sandbox.docusign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Control of the DocuSign simulator, for tests and the demo: the envelopes, and the customer signing one. Signing
 * completes the envelope and, when a Connect listener is configured ({@code sandbox.docusign.connect-url}) or given
 * ({@code connectUrl}), posts the Connect JSON SIM {@code envelope-completed} message to it, signed with the Connect
 * HMAC key in {@code X-DocuSign-Signature-1}, as DocuSign would.
 */
@Path("/sandbox/docusign/envelopes")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DocuSignControlResource {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final DocuSignSettings settings;
    private final DocuSignStore store;

    public DocuSignControlResource(DocuSignSettings settings, DocuSignStore store) {
        this.settings = settings;
        this.store = store;
    }

    @GET
    public List<Map<String, Object>> envelopes() {
        return store.all().stream().map(envelope -> {
            Map<String, Object> view = new LinkedHashMap<>(DocuSignResource.summary(envelope));
            view.put("signerName", envelope.signerName);
            view.put("signerEmail", envelope.signerEmail);
            view.put("customFields", envelope.customFields);
            return view;
        }).toList();
    }

    /**
     * Seeds a completed envelope of the account's past (not a write of the suite): {@code templateId},
     * {@code signerName}, {@code signerEmail}, {@code customFields} (name → value), {@code completedDateTime}
     * (ISO instant; default a year ago). An existing customer's T&amp;C signed long before the suite ran.
     */
    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> seedCompleted(com.fasterxml.jackson.databind.JsonNode body) {
        Map<String, String> customFields = new LinkedHashMap<>();
        body.path("customFields").fields().forEachRemaining(field -> customFields.put(field.getKey(), field.getValue().asText()));
        Instant completedAt = body.hasNonNull("completedDateTime") ? Instant.parse(body.get("completedDateTime").asText())
                : Instant.now().minus(Duration.ofDays(365));
        DocuSignStore.Envelope envelope = store.addCompleted(body.path("templateId").asText(), settings.templateRole(),
                body.path("signerName").asText(), body.path("signerEmail").asText(),
                body.path("emailSubject").asText("Please sign our general consulting terms and conditions"), customFields, completedAt);
        return Map.of("envelopeId", envelope.envelopeId, "status", envelope.status, "completedDateTime", completedAt.toString());
    }

    /** The signer signs: the envelope completes and Connect delivers envelope-completed (when a listener is known). */
    @POST
    @Path("/{envelopeId}/complete")
    public Map<String, Object> complete(@PathParam("envelopeId") String envelopeId, @QueryParam("connectUrl") String connectUrl) {
        DocuSignStore.Envelope envelope = store.find(envelopeId)
                .orElseThrow(() -> new NotFoundException("No envelope " + envelopeId));
        synchronized (envelope) {
            envelope.status = "completed";
            envelope.completed = envelope.completed == null ? Instant.now() : envelope.completed;
        }
        String message = connectMessage(envelope);
        String url = connectUrl != null ? connectUrl : settings.connectUrl().orElse(null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("envelopeId", envelopeId);
        result.put("status", envelope.status);
        result.put("connectMessage", message);
        if (url != null) {
            result.put("deliveredTo", url);
            result.put("deliveryStatus", deliver(url, message));
        }
        return result;
    }

    private int deliver(String url, String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Authorization-Digest", "HMACSHA256")
                    .header("X-DocuSign-Signature-1", hmac(body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.connectKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Connect JSON SIM envelope-completed message, with the envelope summary (recipients and custom fields). */
    private String connectMessage(DocuSignStore.Envelope envelope) {
        ObjectNode root = MAPPER.createObjectNode().put("event", "envelope-completed").put("apiVersion", "v2.1")
                .put("uri", "/restapi/v2.1/accounts/" + settings.accountId() + "/envelopes/" + envelope.envelopeId)
                .put("retryCount", 0).put("configurationId", 10501).put("generatedDateTime", Instant.now().toString());
        ObjectNode data = root.putObject("data").put("accountId", settings.accountId()).put("userId", settings.userId())
                .put("envelopeId", envelope.envelopeId);
        ObjectNode summary = data.putObject("envelopeSummary").put("status", "completed")
                .put("emailSubject", envelope.emailSubject).put("templateId", envelope.templateId)
                .put("createdDateTime", envelope.created.toString()).put("completedDateTime", envelope.completed.toString());
        summary.putObject("recipients").putArray("signers").addObject().put("recipientId", "1").put("roleName", envelope.roleName)
                .put("name", envelope.signerName).put("email", envelope.signerEmail).put("status", "completed")
                .put("signedDateTime", envelope.completed.toString());
        var fields = summary.putObject("customFields").putArray("textCustomFields");
        envelope.customFields.forEach((name, value) -> fields.addObject().put("name", name).put("value", value));
        return root.toString();
    }
}
