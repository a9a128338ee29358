package com.onboarding.gateway.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a DocuSign Connect JSON SIM message carries in its envelope summary: text and list custom fields
 * (name → value) and every signer's tabs (tabLabel → value). Custom fields win over tabs of the same name.
 */
public final class EnvelopeFields {

    private EnvelopeFields() {
    }

    public static Map<String, String> of(JsonNode envelopeSummary) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode signer : envelopeSummary.path("recipients").path("signers")) {
            signer.path("tabs").fields().forEachRemaining(kind -> {
                for (JsonNode tab : kind.getValue()) {
                    if (tab.hasNonNull("tabLabel")) {
                        fields.put(tab.path("tabLabel").asText(), tab.path("value").asText(""));
                    }
                }
            });
        }
        for (String kind : new String[] {"textCustomFields", "listCustomFields"}) {
            for (JsonNode field : envelopeSummary.path("customFields").path(kind)) {
                fields.put(field.path("name").asText(), field.path("value").asText(""));
            }
        }
        return fields;
    }
}
