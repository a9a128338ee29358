package com.onboarding.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The start-up guard on a service's own application.properties, the same three checks for every service: in
 * production, the committed defaults stop it with the keys and environment variables to set, sandbox values set from
 * the environment stop it too, and real-looking values from the environment let it start. A service's test names its
 * real-looking environment and asks its guard.
 */
public abstract class ProductionStartupContract {

    /** Every variable production must set for this service, with a real-looking value. */
    protected abstract Map<String, String> realEnvironment();

    /** What the service's start-up guard says of these properties in this environment (empty: it starts). */
    protected abstract List<String> problems(Properties packaged, Map<String, String> environment);

    private Properties packaged() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void the_committed_defaults_stop_production_naming_each_environment_variable() throws IOException {
        List<String> problems = problems(packaged(), Map.of());
        for (String variable : realEnvironment().keySet()) {
            assertThat(problems).as(variable).anySatisfy(problem -> assertThat(problem).endsWith(" " + variable));
        }
    }

    @Test
    void the_sandbox_values_set_from_the_environment_stop_it_too() throws IOException {
        Map<String, String> sandbox = Map.of("QUARKUS_DATASOURCE_PASSWORD", "onboarding", "AUTOTASK_SECRET", "sandbox-secret");
        assertThat(problems(packaged(), sandbox))
                .contains("autotask.secret is the value committed in the repository: set a real one in AUTOTASK_SECRET");
    }

    @Test
    void real_looking_values_from_the_environment_let_it_start() throws IOException {
        assertThat(problems(packaged(), realEnvironment())).isEmpty();
    }
}
