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

    private static final String KAFKA_PROPERTY = "onboarding.test.kafka.bootstrap";

    private static KafkaBroker kafka;
    private static final String SHARED_KAFKA = "onboarding.test.kafka.shared";
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
            config.put("autotask.shared-budget.jdbc-url", externalJdbc);
            config.put("autotask.shared-budget.username", config.get("quarkus.datasource.username"));
            config.put("autotask.shared-budget.password", config.get("quarkus.datasource.password"));
        } else {
            config.put("quarkus.datasource.jdbc.url", Postgres.database(database));
            config.put("quarkus.datasource.username", Postgres.USERNAME);
            config.put("quarkus.datasource.password", Postgres.PASSWORD);
            // the tenant's one Autotask request budget, shared by every service and instance (clients' SharedRequestBudget)
            config.put("autotask.shared-budget.jdbc-url", Postgres.database("autotask_budget"));
            config.put("autotask.shared-budget.username", Postgres.USERNAME);
            config.put("autotask.shared-budget.password", Postgres.PASSWORD);
        }
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole test JVM; the processes end with it
    }

    /**
     * Starts the servers unless this JVM already did. Quarkus loads test resources in a new class loader when a test
     * profile restarts the app, so what was started is remembered in JVM-wide system properties, not in fields.
     */
    public static synchronized void startShared() {
        CompletableFuture<Void> kafkaStarted = CompletableFuture.completedFuture(null);
        if (System.getenv("ONBOARDING_TEST_KAFKA") == null && System.getProperty(KAFKA_PROPERTY) == null) {
            kafka = KafkaBroker.create();
            KafkaBroker starting = kafka;
            starting.shareAs(SHARED_KAFKA);
            kafkaStarted = CompletableFuture.runAsync(() -> {
                starting.start();
                System.setProperty(KAFKA_PROPERTY, starting.bootstrapServers());
            });
        }
        if (System.getenv("ONBOARDING_TEST_JDBC_URL") == null && System.getProperty(Postgres.PORT_PROPERTY) == null) {
            postgres = Postgres.start();
        }
        kafkaStarted.join();
    }

    public static String kafkaBootstrapServers() {
        String external = System.getenv("ONBOARDING_TEST_KAFKA");
        return external != null ? external : System.getProperty(KAFKA_PROPERTY);
    }

    /** The broker these tests started, to stop and start it again; empty when an external one is used. */
    /** The PostgreSQL server these tests started, to kill and start it again; fails when an external one is used. */
    public static Postgres postgres() {
        if (postgres == null) {
            throw new IllegalStateException("This PostgreSQL server was started by an earlier class loader or is external; it cannot be killed here");
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.attach(SHARED_KAFKA).orElse(null);
        }
        if (kafka == null) {
            throw new IllegalStateException("This broker was started by an earlier class loader or is external; it cannot be restarted here");
        }
        return kafka;
    }

}
