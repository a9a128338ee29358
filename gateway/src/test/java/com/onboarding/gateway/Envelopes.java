package com.onboarding.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.events.EventJson;
import java.util.Map;

/** DocuSign Connect JSON SIM messages for the tests. */
public final class Envelopes {

    private Envelopes() {
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
