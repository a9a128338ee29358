package com.onboarding.e2e;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A completed DocuSign envelope as DocuSign Connect delivers it (JSON SIM), signed with the Connect HMAC key. */
final class SignedEnvelope {

    private final String envelopeId;
    private final Map<String, String> fields = new LinkedHashMap<>();

    SignedEnvelope(String envelopeId) {
        this.envelopeId = envelopeId;
    }

    SignedEnvelope with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    String body() {
        ObjectNode root = EventJson.mapper().createObjectNode()
                .put("event", "envelope-completed").put("apiVersion", "v2.1")
                .put("uri", "/restapi/v2.1/accounts/e2e-account/envelopes/" + envelopeId)
                .put("retryCount", 0).put("configurationId", 10501).put("generatedDateTime", "2026-11-25T10:00:00.0000000Z");
        ObjectNode data = root.putObject("data").put("accountId", "e2e-account").put("userId", "e2e-user")
                .put("envelopeId", envelopeId);
        ObjectNode summary = data.putObject("envelopeSummary").put("status", "completed")
                .put("emailSubject", "Managed services agreement");
        ArrayNode text = summary.putObject("customFields").putArray("textCustomFields");
        fields.forEach((name, value) -> text.addObject().put("name", name).put("value", value));
        return root.toString();
    }

    /** Posts it to the gateway's Connect webhook with {@code X-DocuSign-Signature-1}; returns the HTTP status. */
    int deliverTo(String gateway, String hmacKey) throws Exception {
        byte[] body = body().getBytes(StandardCharsets.UTF_8);
        return post(gateway, body, signature(body, hmacKey));
    }

    /** Signed as it is, then changed on the way (a field added): the signature no longer matches the body. */
    int deliverTamperedTo(String gateway, String hmacKey) throws Exception {
        byte[] signed = body().getBytes(StandardCharsets.UTF_8);
        byte[] tampered = body().replace("\"status\":\"completed\"", "\"status\":\"completed\",\"voidedReason\":\"tampered\"").getBytes(StandardCharsets.UTF_8);
        return post(gateway, tampered, signature(signed, hmacKey));
    }

    private static String signature(byte[] body, String hmacKey) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmacKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static int post(String gateway, byte[] body, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/docusign/connect"))
                .header("Content-Type", "application/json")
                .header("X-DocuSign-Signature-1", signature)
                .timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
