package com.onboarding.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real servers a service's tests run against, started once per test JVM and shared by every test class:
 * a Kafka broker and a PostgreSQL server. Set {@code ONBOARDING_TEST_KAFKA} (bootstrap servers) and/or
 * {@code ONBOARDING_TEST_JDBC_URL} (+ {@code _USER}, {@code _PASSWORD}) to use already running ones instead.
 * Args: {@code database} names the service's database.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker kafka;
    private static Postgres postgres;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startShared();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        String externalJdbc = System.getenv("ONBOARDING_TEST_JDBC_URL");
        if (externalJdbc != null) {
            config.put("quarkus.datasource.jdbc.url", externalJdbc);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("ONBOARDING_TEST_JDBC_USER", "onboarding"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("ONBOARDING_TEST_JDBC_PASSWORD", "onboarding"));
        } else {
            config.put("quarkus.datasource.jdbc.url", postgres.database(database));
            config.put("quarkus.datasource.username", postgres.username());
            config.put("quarkus.datasource.password", postgres.password());
        }
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole test JVM; the processes end with it
    }

    public static synchronized void startShared() {
        CompletableFuture<Void> kafkaStarted = CompletableFuture.completedFuture(null);
        if (kafka == null && System.getenv("ONBOARDING_TEST_KAFKA") == null) {
            kafka = KafkaBroker.create();
            kafkaStarted = CompletableFuture.runAsync(kafka::start);
        }
        if (postgres == null && System.getenv("ONBOARDING_TEST_JDBC_URL") == null) {
            postgres = Postgres.start();
        }
        kafkaStarted.join();
    }

    public static String kafkaBootstrapServers() {
        String external = System.getenv("ONBOARDING_TEST_KAFKA");
        return external != null ? external : kafka.bootstrapServers();
    }

    /** The broker these tests started, to stop and start it again; empty when an external one is used. */
    public static KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("Using an external Kafka (ONBOARDING_TEST_KAFKA); it cannot be restarted");
        }
        return kafka;
    }

    public static Postgres postgres() {
        return postgres;
    }
}
