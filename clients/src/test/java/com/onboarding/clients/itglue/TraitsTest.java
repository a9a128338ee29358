package com.onboarding.clients.itglue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.onboarding.clients.http.Rejected;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraitsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final FlexibleAssetType SITE_SUMMARY = new FlexibleAssetType(7, "Site Summary", List.of(
            new FlexibleAssetField(1, "Site Name", "site-name", "Text", true, null),
            new FlexibleAssetField(2, "Type of Managed Services", "type-of-managed-services", "Select", false, null),
            new FlexibleAssetField(3, "Primary Contact", "primary-contact", "Tag", false, "Contacts"),
            new FlexibleAssetField(4, "After Hours Access", "after-hours-access", "Checkbox", false, null),
            new FlexibleAssetField(5, "Network Diagram", "network-diagram", "Upload", false, null)));

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void every_other_trait_is_sent_back_unchanged_and_the_one_trait_changes() throws Exception {
        JsonNode current = json("""
                {"site-name":"Main Office","after-hours-access":true,"type-of-managed-services":"Not Managed"}""");

        JsonNode sent = Traits.withChange(SITE_SUMMARY, current, "type-of-managed-services", TextNode.valueOf("RMM Only"));

        assertThat(sent).isEqualTo(json("""
                {"site-name":"Main Office","after-hours-access":true,"type-of-managed-services":"RMM Only"}"""));
    }

    @Test
    void tag_traits_go_back_as_arrays_of_ids() throws Exception {
        JsonNode current = json("""
                {"site-name":"Main Office","primary-contact":{"type":"Contacts","values":[{"id":11,"name":"Ann"},{"id":12,"name":"Bob"}]}}""");

        JsonNode sent = Traits.withChange(SITE_SUMMARY, current, "type-of-managed-services", TextNode.valueOf("RMM Only"));

        assertThat(sent.get("primary-contact").toString()).isEqualTo("[11,12]");
    }

    @Test
    void a_trait_key_the_type_does_not_have_is_refused_before_sending() {
        assertThatThrownBy(() -> Traits.withChange(SITE_SUMMARY, MAPPER.createObjectNode(), "Type of Managed Services",
                TextNode.valueOf("RMM Only"))).isInstanceOf(Rejected.class).hasMessageContaining("name-key");
    }

    @Test
    void an_asset_holding_an_uploaded_file_is_left_for_a_person() throws Exception {
        JsonNode current = json("""
                {"site-name":"Main Office","network-diagram":[{"id":5,"name":"diagram.pdf"}]}""");

        assertThatThrownBy(() -> Traits.withChange(SITE_SUMMARY, current, "type-of-managed-services",
                TextNode.valueOf("RMM Only"))).isInstanceOf(Rejected.class).hasMessageContaining("Network Diagram");
    }
}
