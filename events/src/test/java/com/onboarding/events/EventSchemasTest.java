package com.onboarding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_event_has_a_schema_naming_each_record_field(EventType type) throws IOException {
        JsonNode schema = schema(type);
        Set<String> properties = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = new HashSet<>();
        Arrays.stream(type.dataClass().getRecordComponents()).forEach(c -> components.add(c.getName()));

        assertThat(properties).isEqualTo(components);
        assertThat(schema.get("properties").get("schemaVersion").get("const").asInt()).isEqualTo(CurrentSchema.VERSION);
    }

    @Test
    void contract_signed_round_trips_with_exact_money() {
        ContractSigned event = ContractSigned.of("env-1", sampleTerms());

        ContractSigned read = EventJson.read(EventJson.write(event), ContractSigned.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.terms().setupFee()).isEqualByComparingTo("249.50");
    }

    @Test
    void a_service_line_keeps_its_quantity_and_one_without_quantity_is_one_unit() {
        SignedService line = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION, new BigDecimal("45.00"), 12);
        ContractSigned event = ContractSigned.of("env-1", withServices(sampleTerms(), List.of(line)));
        String json = EventJson.write(event);

        assertThat(EventJson.read(json, ContractSigned.class).terms().services()).containsExactly(line);
        assertThat(EventJson.read(json.replace(",\"quantity\":12", ""), ContractSigned.class).terms().services().get(0).quantity())
                .isEqualTo(1);
        assertThat(line.monthlyTotal()).isEqualByComparingTo("540.00");
    }

    private static AgreementTerms withServices(AgreementTerms terms, List<SignedService> services) {
        return new AgreementTerms(terms.accountName(), terms.customerKind(), services, terms.setupFee(), terms.commitment(),
                terms.managedServicesWithHelpDesk(), terms.platforms(), terms.reportRecipients(), terms.reminderRecipients(),
                terms.intendedStart(), terms.goLiveDate());
    }

    @Test
    void another_schema_version_is_refused() {
        String json = EventJson.write(GoLiveReached.of("env-1", LocalDate.of(2026, 12, 1))).replace("\"schemaVersion\":1",
                "\"schemaVersion\":99");

        assertThatThrownBy(() -> EventJson.read(json, GoLiveReached.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("version 99");
    }

    @Test
    void bad_json_is_refused() {
        assertThatThrownBy(() -> EventJson.read("{not json", GoLiveReached.class)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void cloud_event_type_names_the_event() {
        assertThat(EventType.of(GoLiveReached.of("x", LocalDate.now())).cloudEventType()).isEqualTo("com.onboarding.GoLiveReached");
        assertThat(EventType.ofCloudEventType("com.onboarding.StepChanged")).contains(EventType.STEP_CHANGED);
    }

    static AgreementTerms sampleTerms() {
        return new AgreementTerms("Joe's Diner", CustomerKind.BUSINESS,
                List.of(new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION, new BigDecimal("150.00"))),
                new BigDecimal("249.50"), Commitment.MONTHLY, true, Platforms.WINDOWS,
                List.of(new Contact("Joe", "joe@diner.example")), List.of(), LocalDate.of(2026, 12, 3), null);
    }

    private static JsonNode schema(EventType type) throws IOException {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
