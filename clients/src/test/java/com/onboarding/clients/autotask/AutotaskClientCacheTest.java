package com.onboarding.clients.autotask;

import static com.onboarding.clients.autotask.FakeAutotaskApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.clients.http.TransientFailure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Metadata (fields, UDF definitions) and reference data are read once per {@code autotask.metadata-ttl}; a look-up
 * that found nothing or failed is made again next time. Requests are counted at a test double of Autotask.
 */
class AutotaskClientCacheTest {

    static final Duration TTL = Duration.ofMinutes(10);

    final FakeAutotaskApi autotask = new FakeAutotaskApi();
    final AtomicLong clock = new AtomicLong();
    final AutotaskClient client = new AutotaskClient(config(), new SimpleMeterRegistry(), autotask, clock::get);

    @Test
    void picklist_fields_are_read_once_within_the_ttl() {
        autotask.fields("Tickets", picklist("status", "New", "1", "Complete", "5"));
        assertThat(client.picklistValue("Tickets", "status", "New")).isEqualTo("1");
        clock.addAndGet(TTL.toNanos() - 1);
        assertThat(client.picklistValue("Tickets", "status", "Complete")).isEqualTo("5");
        assertThat(autotask.requests).containsExactly("fields Tickets");
    }

    @Test
    void picklist_fields_are_read_again_after_the_ttl() {
        autotask.fields("Tickets", picklist("status", "New", "1"));
        client.picklistValue("Tickets", "status", "New");
        autotask.fields("Tickets", picklist("status", "New", "1", "Waiting", "7")); // an administrator added one
        clock.addAndGet(TTL.toNanos());
        assertThat(client.picklistValue("Tickets", "status", "Waiting")).isEqualTo("7");
        assertThat(autotask.requests).containsExactly("fields Tickets", "fields Tickets");
    }

    @Test
    void each_entity_has_its_own_metadata() {
        autotask.fields("Tickets", picklist("status", "New", "1"));
        autotask.fields("Contracts", picklist("status", "Active", "1"));
        client.picklistValue("Tickets", "status", "New");
        client.picklistValue("Contracts", "status", "Active");
        assertThat(autotask.requests).containsExactly("fields Tickets", "fields Contracts");
    }

    @Test
    void failed_metadata_reads_are_not_kept() {
        autotask.fields("Tickets", picklist("status", "New", "1"));
        autotask.failNext(new ProcessingException("read timed out"));
        assertThatThrownBy(() -> client.picklistValue("Tickets", "status", "New")).isInstanceOf(TransientFailure.class);
        assertThat(client.picklistValue("Tickets", "status", "New")).isEqualTo("1");
        client.picklistValue("Tickets", "status", "New");
        assertThat(autotask.requests).containsExactly("fields Tickets", "fields Tickets");
    }

    @Test
    void udf_definitions_are_read_once_within_the_ttl_and_again_after_it() {
        autotask.userDefinedFields("Companies", json("name", "Help desk", "isPickList", false));
        assertThat(client.userDefinedField("Companies", "Help desk")).isPresent();
        // the definitions are kept as a whole: one the tenant lacks is missing until they are read again
        assertThat(client.userDefinedField("Companies", "Backup plan")).isEmpty();
        assertThat(autotask.requests).containsExactly("udfs Companies");

        autotask.userDefinedFields("Companies", json("name", "Help desk"), json("name", "Backup plan"));
        clock.addAndGet(TTL.toNanos());
        assertThat(client.userDefinedField("Companies", "Backup plan")).isPresent();
        assertThat(autotask.requests).containsExactly("udfs Companies", "udfs Companies");
    }

    @Test
    void a_reference_by_name_is_read_once_within_the_ttl_and_again_after_it() {
        autotask.add("TicketCategories", json("id", 3, "name", "Onboarding"));
        assertThat(idOf(client.referenceByName("TicketCategories", "Onboarding"))).isEqualTo(3);
        clock.addAndGet(TTL.toNanos() - 1);
        assertThat(idOf(client.referenceByName("TicketCategories", "Onboarding"))).isEqualTo(3);
        assertThat(autotask.requests).containsExactly("query TicketCategories");

        clock.addAndGet(1);
        client.referenceByName("TicketCategories", "Onboarding");
        assertThat(autotask.requests).containsExactly("query TicketCategories", "query TicketCategories");
    }

    @Test
    void a_reference_not_found_by_name_is_looked_up_again_and_found_once_created() {
        assertThat(client.referenceByName("Products", "Backup")).isEmpty();
        autotask.add("Products", json("id", 12, "name", "Backup"));
        assertThat(idOf(client.referenceByName("Products", "Backup"))).isEqualTo(12);
        client.referenceByName("Products", "Backup");
        assertThat(autotask.requests).containsExactly("query Products", "query Products");
    }

    @Test
    void a_reference_by_id_is_read_once_within_the_ttl_and_again_after_it() {
        autotask.add("Resources", json("id", 7, "isActive", true));
        assertThat(idOf(client.referenceById("Resources", 7))).isEqualTo(7);
        assertThat(idOf(client.referenceById("Resources", 7))).isEqualTo(7);
        clock.addAndGet(TTL.toNanos());
        client.referenceById("Resources", 7);
        assertThat(autotask.requests).containsExactly("get Resources/7", "get Resources/7");
    }

    @Test
    void a_reference_not_found_by_id_is_looked_up_again() {
        assertThat(client.referenceById("Resources", 8)).isEmpty();
        autotask.add("Resources", json("id", 8));
        assertThat(idOf(client.referenceById("Resources", 8))).isEqualTo(8);
        client.referenceById("Resources", 8);
        assertThat(autotask.requests).containsExactly("get Resources/8", "get Resources/8");
    }

    @Test
    void a_failed_reference_look_up_is_not_kept() {
        autotask.add("Resources", json("id", 9));
        autotask.failNext(new ProcessingException("connection refused"));
        assertThatThrownBy(() -> client.referenceById("Resources", 9)).isInstanceOf(TransientFailure.class);
        assertThat(idOf(client.referenceById("Resources", 9))).isEqualTo(9);
        client.referenceById("Resources", 9);
        assertThat(autotask.requests).containsExactly("get Resources/9", "get Resources/9");
    }

    private static long idOf(Optional<JsonNode> item) {
        return item.orElseThrow().path("id").asLong();
    }

    /** A picklist field with (label, value) pairs. */
    private static JsonNode picklist(String field, String... labelsAndValues) {
        List<Map<String, String>> values = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            values.add(Map.of("label", labelsAndValues[i], "value", labelsAndValues[i + 1]));
        }
        return json("name", field, "isPickList", true, "picklistValues", values);
    }

    /** One attempt per call, so that a failure is reported at once instead of after backoff. */
    private static AutotaskConfig config() {
        Map<String, String> properties = Map.of(
                "autotask.integration-code", "test", "autotask.username", "api@example.com",
                "autotask.secret", "secret", "autotask.metadata-ttl", TTL.toString(),
                "autotask.retry.max-attempts", "1");
        return new SmallRyeConfigBuilder().withMapping(AutotaskConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()) // Quarkus' "10s", as the defaults are written
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(AutotaskConfig.class);
    }
}
