package com.onboarding.contract.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.messaging.startup.ProductionGuard;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The start-up guard on this service's own application.properties: in production, the committed defaults stop it
 * with the keys and environment variables to set; real-looking values from the environment let it start.
 */
class ProductionStartupTest {

    static final Map<String, String> REAL = Map.ofEntries(
            Map.entry("QUARKUS_DATASOURCE_PASSWORD", "db-from-vault"),
            Map.entry("AUTOTASK_SECRET", "at-from-vault"),
            Map.entry("AUTOTASK_INTEGRATION_CODE", "REALTRACKINGID"));

    static Properties packaged() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProductionStartupTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void the_committed_defaults_stop_production_naming_each_environment_variable() throws IOException {
        List<String> problems = ProductionGuard.problems(packaged(), Map.of(), Map.of());
        for (String variable : REAL.keySet()) {
            assertThat(problems).as(variable).anySatisfy(problem -> assertThat(problem).endsWith(" " + variable));
        }
    }

    @Test
    void the_sandbox_values_set_from_the_environment_stop_it_too() throws IOException {
        Map<String, String> sandbox = Map.of("QUARKUS_DATASOURCE_PASSWORD", "onboarding", "AUTOTASK_SECRET", "sandbox-secret");
        assertThat(ProductionGuard.problems(packaged(), Map.of(), sandbox))
                .contains("autotask.secret is the value committed in the repository: set a real one in AUTOTASK_SECRET");
    }

    @Test
    void real_looking_values_from_the_environment_let_it_start() throws IOException {
        assertThat(ProductionGuard.problems(packaged(), Map.of(), REAL)).isEmpty();
    }
}
