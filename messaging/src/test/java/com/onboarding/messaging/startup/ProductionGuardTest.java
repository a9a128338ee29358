package com.onboarding.messaging.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    static final String PACKAGED = """
            quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5433/gateway
            onboarding.startup-guard.optional=autotask.base-url
            %dev,test.quarkus.datasource.password=onboarding
            autotask.username=api-user@sandbox.example
            %dev,test.autotask.secret=sandbox-secret
            %dev.autotask.base-url=http://localhost:8090/autotask/atservicesrest
            %test.autotask.base-url=${sandbox.url}/autotask/atservicesrest
            %dev,test.itglue.api-key=${ITGLUE_API_KEY:ITG.sandbox-key}
            graph.base-url=http://localhost:8090/graph
            """;

    static Properties packaged() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(PACKAGED));
        return properties;
    }

    @Test
    void committed_defaults_name_every_key_and_its_environment_variable() throws IOException {
        assertThat(ProductionGuard.problems(packaged(), Map.of(), Map.of())).containsExactlyInAnyOrder(
                "quarkus.datasource.password is not set: set QUARKUS_DATASOURCE_PASSWORD",
                "autotask.secret is not set: set AUTOTASK_SECRET",
                "itglue.api-key is not set: set ITGLUE_API_KEY",
                "graph.base-url points at the sandbox or localhost (http://localhost:8090/graph): set the real URL in GRAPH_BASE_URL");
    }

    @Test
    void a_secret_set_to_a_value_committed_in_any_profile_is_refused() throws IOException {
        assertThat(ProductionGuard.problems(packaged(), Map.of("autotask.secret", "sandbox-secret"),
                Map.of("ITGLUE_API_KEY", "ITG.sandbox-key", "QUARKUS_DATASOURCE_PASSWORD", "onboarding",
                        "GRAPH_BASE_URL", "http://127.0.0.1/graph")))
                .containsExactlyInAnyOrder(
                        "quarkus.datasource.password is the value committed in the repository: set a real one in QUARKUS_DATASOURCE_PASSWORD",
                        "autotask.secret is the value committed in the repository: set a real one in AUTOTASK_SECRET",
                        "itglue.api-key is the value committed in the repository: set a real one in ITGLUE_API_KEY",
                        "graph.base-url points at the sandbox or localhost (http://127.0.0.1/graph): set the real URL in GRAPH_BASE_URL");
    }

    @Test
    void real_looking_values_from_the_environment_pass() throws IOException {
        assertThat(ProductionGuard.problems(packaged(), Map.of(), Map.of(
                "QUARKUS_DATASOURCE_PASSWORD", "s3cr3t-from-vault", "AUTOTASK_SECRET", "real-secret", "ITGLUE_API_KEY", "ITG.real",
                "AUTOTASK_BASE_URL", "https://webservices2.autotask.net/atservicesrest",
                "GRAPH_BASE_URL", "https://graph.microsoft.com"))).isEmpty();
    }

    @Test
    void a_third_party_url_production_does_not_set_is_missing_unless_declared_optional() throws IOException {
        Properties packaged = packaged();
        packaged.remove("onboarding.startup-guard.optional");
        assertThat(ProductionGuard.problems(packaged, Map.of(), Map.of()))
                .contains("autotask.base-url is not set: set AUTOTASK_BASE_URL");
    }

    @Test
    void only_the_prod_profile_is_guarded() {
        assertThat(ProductionGuard.isProduction(null)).isTrue();
        assertThat(ProductionGuard.isProduction("prod")).isTrue();
        assertThat(ProductionGuard.isProduction("prod,kubernetes")).isTrue();
        assertThat(ProductionGuard.isProduction("dev")).isFalse();
        assertThat(ProductionGuard.isProduction("test")).isFalse();
    }
}
