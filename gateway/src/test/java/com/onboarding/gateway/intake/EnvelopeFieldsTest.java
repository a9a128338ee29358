package com.onboarding.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeFieldsTest {

    static JsonNode summary(String json) throws Exception {
        return EventJson.mapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void the_customer_signer_is_the_signer_in_the_customer_role() throws Exception {
        Map<String, String> fields = EnvelopeFields.of(summary("{'recipients':{'signers':["
                + "{'roleName':'Provider','name':'Geek Girls IT','email':'contracts@geekgirlsit.example'},"
                + "{'roleName':'Customer','name':'Hannah Baker','email':'hannah@bakery.example'}]}}"), TermsReaderTest.NAMES);
        assertThat(fields).containsEntry("CustomerSignerName", "Hannah Baker").containsEntry("CustomerSignerEmail", "hannah@bakery.example");
    }

    @Test
    void without_a_customer_role_the_first_signer_is_the_customer_signer() throws Exception {
        Map<String, String> fields = EnvelopeFields.of(summary("{'recipients':{'signers':["
                + "{'name':'Hannah Baker','email':'hannah@bakery.example'},{'name':'Other','email':'o@x.example'}]}}"),
                TermsReaderTest.NAMES);
        assertThat(fields).containsEntry("CustomerSignerEmail", "hannah@bakery.example");
    }

    @Test
    void a_custom_field_naming_the_signer_wins_over_the_recipients() throws Exception {
        Map<String, String> fields = EnvelopeFields.of(summary("{'customFields':{'textCustomFields':["
                + "{'name':'CustomerSignerEmail','value':'owner@bakery.example'}]},"
                + "'recipients':{'signers':[{'roleName':'Customer','name':'Hannah Baker','email':'hannah@bakery.example'}]}}"),
                TermsReaderTest.NAMES);
        assertThat(fields).containsEntry("CustomerSignerEmail", "owner@bakery.example").containsEntry("CustomerSignerName", "Hannah Baker");
    }

    @Test
    void tab_values_and_custom_fields_are_read_and_custom_fields_win() throws Exception {
        Map<String, String> fields = EnvelopeFields.of(summary("{'customFields':{'textCustomFields':[{'name':'SetupFee','value':'249.50'}]},"
                + "'recipients':{'signers':[{'tabs':{'textTabs':[{'tabLabel':'SetupFee','value':'1.00'},"
                + "{'tabLabel':'Platforms','value':'Both'}]}}]}}"));
        assertThat(fields).containsEntry("SetupFee", "249.50").containsEntry("Platforms", "Both");
    }
}
