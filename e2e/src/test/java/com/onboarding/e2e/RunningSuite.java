package com.onboarding.e2e;

import com.onboarding.testsupport.AppProcess;
import com.onboarding.testsupport.Postgres;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole suite as production runs it, on this machine: a real Kafka broker, a real PostgreSQL server with one
 * database per service, the real Keycloak, the sandbox, and the six services started from their built apps as
 * separate processes that talk only through Kafka. Started once per test JVM.
 */
final class RunningSuite {

    static final String CONNECT_HMAC_KEY = "e2e-connect-key";

    private static RunningSuite running;

    private final Map<String, AppProcess> services;
    private final String keycloakUrl;

    private RunningSuite(Map<String, AppProcess> services, String keycloakUrl) {
        this.services = services;
        this.keycloakUrl = keycloakUrl;
    }

    static synchronized RunningSuite start(String... termsOnFile) {
        if (running != null) {
            return running;
        }
        CompletableFuture<String> keycloak = CompletableFuture.supplyAsync(Identity::startKeycloak);
        RealInfrastructure.startShared();
        String sandbox = SandboxProcess.startShared();
        recipientsDatabase();
        Map<String, CompletableFuture<AppProcess>> starting = new LinkedHashMap<>();
        String keycloakUrl = keycloak.join();
        for (String service : new String[] {"gateway", "contract-service", "reporting-service", "reminder-service",
                "documentation-service", "backup-setup-service"}) {
            Map<String, String> config = config(service, sandbox, keycloakUrl, termsOnFile);
            starting.put(service, CompletableFuture.supplyAsync(() -> AppProcess.start(service, app(service), config)));
        }
        Map<String, AppProcess> services = new LinkedHashMap<>();
        starting.forEach((name, app) -> services.put(name, app.join()));
        running = new RunningSuite(services, keycloakUrl);
        return running;
    }

    String gatewayUrl() {
        return services.get("gateway").url();
    }

    String keycloakUrl() {
        return keycloakUrl;
    }

    Path log(String service) {
        return services.get(service).log();
    }

    Map<String, AppProcess> services() {
        return services;
    }

    /**
     * Each service runs with its test profile, whose API clients point at {@code sandbox.url} and whose timers and
     * retries are short; everything else a deployment would set by environment is set here.
     */
    private static Map<String, String> config(String service, String sandbox, String keycloak, String[] termsOnFile) {
        String database = service.replace("-service", "");
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.profile", "test");
        config.put("sandbox.url", sandbox);
        config.put("kafka.bootstrap.servers", RealInfrastructure.kafkaBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", Postgres.database(database));
        config.put("quarkus.datasource.username", Postgres.USERNAME);
        config.put("quarkus.datasource.password", Postgres.PASSWORD);
        if (service.equals("gateway")) {
            config.put("gateway.connect.hmac-keys", CONNECT_HMAC_KEY);
            config.put("gateway.terms-and-conditions.on-file", String.join(",", termsOnFile));
            Identity.gatewayConfig(keycloak).forEach(config::put);
        }
        if (service.equals("reporting-service")) {
            config.put("quarkus.datasource.recipients.jdbc.url", Postgres.database("reporting_recipients"));
            config.put("quarkus.datasource.recipients.username", Postgres.USERNAME);
            config.put("quarkus.datasource.recipients.password", Postgres.PASSWORD);
        }
        if (service.equals("contract-service")) {
            // the go-live and recurring-ticket timers are the step engine's: look for due ones every second
            config.put("%test.onboarding.engine.poll-every", "1s");
        }
        return config;
    }

    private static Path app(String service) {
        return repository().resolve(service).resolve("target/quarkus-app");
    }

    private static Path repository() {
        return Path.of(System.getProperty("onboarding.apps.root", ".."));
    }

    /** The report automation's database exists before the suite: another application owns its schema, as in the local run. */
    private static void recipientsDatabase() {
        String url = Postgres.database("reporting_recipients");
        try (Connection connection = DriverManager.getConnection(url, Postgres.USERNAME, Postgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(repository().resolve("deploy/local/report-automation-schema.sql")));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot prepare the report automation's database", e);
        }
    }
}
