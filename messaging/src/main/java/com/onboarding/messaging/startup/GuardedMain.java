package com.onboarding.messaging.startup;

import io.quarkus.runtime.Quarkus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every service's main: the {@link ProductionGuard} runs before Quarkus starts (before the database is migrated or
 * Kafka is reached), and a production start with a committed secret, a missing one or a sandbox URL exits with the
 * keys and environment variables to set.
 */
public final class GuardedMain {

    private GuardedMain() {
    }

    public static void run(String... args) {
        String profile = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        if (ProductionGuard.isProduction(profile)) {
            List<String> problems = ProductionGuard.problems(packaged(), systemProperties(), System.getenv());
            if (!problems.isEmpty()) {
                System.err.println("Refusing to start in production (profile " + (profile == null ? "prod" : profile) + "):");
                problems.forEach(problem -> System.err.println("  - " + problem));
                System.err.println("Set them in the environment (the local run uses QUARKUS_PROFILE=dev).");
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    private static Properties packaged() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> system = new HashMap<>();
        System.getProperties().forEach((key, value) -> system.put(key.toString(), value.toString()));
        return system;
    }
}
