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

    /**
     * As {@link #of(JsonNode)}, plus the customer's signer (name and e-mail of the signer in the customer's role,
     * else of the first signer) under the mapped names, unless a field of that name carries them.
     */
    public static Map<String, String> of(JsonNode envelopeSummary, TermsMapping names) {
        Map<String, String> fields = of(envelopeSummary);
        JsonNode customer = null;
        for (JsonNode signer : envelopeSummary.path("recipients").path("signers")) {
            if (customer == null || names.customerSignerRole().equalsIgnoreCase(signer.path("roleName").asText())) {
                customer = signer;
                if (names.customerSignerRole().equalsIgnoreCase(signer.path("roleName").asText())) {
                    break;
                }
            }
        }
        if (customer != null) {
            fields.putIfAbsent(names.customerSignerName(), customer.path("name").asText(""));
            fields.putIfAbsent(names.customerSignerEmail(), customer.path("email").asText(""));
        }
        return fields;
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
