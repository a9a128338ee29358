package com.onboarding.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.events.EventJson;
import java.util.Map;

/** DocuSign Connect JSON SIM messages for the tests. */
public final class Envelopes {

    private Envelopes() {
    }

    /** With the customer's signer among the envelope's recipients (role Customer) and the MSP's countersigner. */
    public static String completedWithSigner(String envelopeId, Map<String, String> customFields, String signerName,
            String signerEmail) {
        ObjectNode root;
        try {
            root = (ObjectNode) EventJson.mapper().readTree(completed(envelopeId, customFields));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ArrayNode signers = ((ObjectNode) root.path("data").path("envelopeSummary")).putObject("recipients").putArray("signers");
        signers.addObject().put("recipientId", "1").put("roleName", "Provider").put("name", "Geek Girls IT")
                .put("email", "contracts@geekgirlsit.example").put("status", "completed");
        signers.addObject().put("recipientId", "2").put("roleName", "Customer").put("name", signerName)
                .put("email", signerEmail).put("status", "completed");
        return root.toString();
    }

    public static String completed(String envelopeId, Map<String, String> customFields) {
        ObjectNode root = EventJson.mapper().createObjectNode()
                .put("event", "envelope-completed").put("apiVersion", "v2.1")
                .put("uri", "/restapi/v2.1/accounts/acc-1/envelopes/" + envelopeId)
                .put("retryCount", 0).put("configurationId", 10501).put("generatedDateTime", "2026-11-25T10:00:00.0000000Z");
        ObjectNode data = root.putObject("data").put("accountId", "acc-1").put("userId", "user-1").put("envelopeId", envelopeId);
        ObjectNode summary = data.putObject("envelopeSummary").put("status", "completed").put("emailSubject", "Please sign");
        ArrayNode text = summary.putObject("customFields").putArray("textCustomFields");
        customFields.forEach((name, value) -> text.addObject().put("name", name).put("value", value));
        return root.toString();
    }
}
