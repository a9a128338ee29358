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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole suite as production runs it, on this machine: a real Kafka broker, a real PostgreSQL server with one
 * database per service, the real Keycloak, the sandbox, and the six services started from their built apps as
 * separate processes that talk only through Kafka. With {@code -De2e.instances=2} every service runs as two
 * instances side by side (same database, same consumer groups, one shared Autotask budget), as a scaled-out
 * deployment does. Started once per test JVM.
 */
final class RunningSuite {

    static final String CONNECT_HMAC_KEY = "e2e-connect-key";

    /** Fifty distinct customers of the load test (T&C on file). */
    static final List<String> FIFTY = java.util.stream.IntStream.rangeClosed(1, 50)
            .mapToObj(n -> String.format("Corner Shop %02d", n)).toList();

    /** The customers whose T&C are on file, for every test class that shares the suite (started once per JVM). */
    static final String[] TERMS_ON_FILE = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("Geek Girls IT", "Harbor Bakery", "Rosa Martinez", "Kestrel Dental",
                    "Osprey Florist", "Heron Print Shop", "Plover Books", "Wren Legacy Office", "Tern Hardware",
                    "Egret Studio", "Puffin Cafe", "Gannet Garage"),
            FIFTY.stream()).toArray(String[]::new);

    /** A business customer still on the legacy ScreenConnect reminder command file (its T&C on file above). */
    static final String LEGACY_REMINDER_CUSTOMER = "Wren Legacy Office";
    /** Instances of every service ({@code -De2e.instances}; the pom runs 2, a bare run of a test class 1). */
    static final int INSTANCES = Integer.getInteger("e2e.instances", 1);
    /**
     * The tenant's Autotask budget the whole suite keeps to (every service and instance together), tight enough here
     * that a suite which kept a budget per instance would exceed it under load: a burst of 40, then 8 requests a
     * second: at most 40 + 8 x 30 requests in any 30 s. The sandbox counts as Autotask does and refuses beyond that
     * threshold, allowing one second's worth (8) for requests granted apart that arrive together.
     */
    static final int AUTOTASK_BURST = 40;
    static final int AUTOTASK_PER_HOUR = 8 * 3600;
    static final Duration AUTOTASK_TIMEFRAME = Duration.ofSeconds(30);
    static final int AUTOTASK_THRESHOLD = AUTOTASK_BURST + 8 * 30 + 8;

    private static RunningSuite running;
    private static RuntimeException failedToStart;

    private final Map<String, List<AppProcess>> services;
    private final String keycloakUrl;
    private final OtlpReceiver traces;

    private RunningSuite(Map<String, List<AppProcess>> services, String keycloakUrl, OtlpReceiver traces) {
        this.services = services;
        this.keycloakUrl = keycloakUrl;
        this.traces = traces;
    }

    static synchronized RunningSuite start(String... termsOnFile) {
        if (running != null) {
            return running;
        }
        if (failedToStart != null) {
            // one attempt per test JVM: each test class starting another suite beside the leftovers of the first
            // only loads the machine further (seen: three sets of services at a load of 63 on two cores)
            throw new IllegalStateException("the suite did not start (first attempt in this JVM)", failedToStart);
        }
        try {
            running = startEverything(termsOnFile);
            return running;
        } catch (RuntimeException e) {
            failedToStart = e;
            throw e;
        }
    }

    private static RunningSuite startEverything(String... termsOnFile) {
        CompletableFuture<String> keycloak = CompletableFuture.supplyAsync(Identity::startKeycloak);
        RealInfrastructure.startShared();
        String sandbox = SandboxProcess.startShared(Map.of(
                "sandbox.autotask.request-threshold", String.valueOf(AUTOTASK_THRESHOLD),
                "sandbox.autotask.threshold-timeframe", AUTOTASK_TIMEFRAME.toString()));
        recipientsDatabase();
        OtlpReceiver traces = OtlpReceiver.start();
        String keycloakUrl = keycloak.join();
        Map<String, List<AppProcess>> services = new LinkedHashMap<>();
        for (int instance = 0; instance < INSTANCES; instance++) {
            // the first instances' migrations and topics first; the others start beside them
            Map<String, CompletableFuture<AppProcess>> starting = new LinkedHashMap<>();
            for (String service : new String[] {"gateway", "contract-service", "reporting-service", "reminder-service",
                    "documentation-service", "backup-setup-service"}) {
                Map<String, String> config = config(service, sandbox, keycloakUrl, termsOnFile);
                config.putAll(tracing(traces));
                String name = INSTANCES == 1 ? service : service + "-" + (instance + 1);
                starting.put(service, CompletableFuture.supplyAsync(() -> AppProcess.start(name, app(service), config)));
            }
            awaitEvery(starting, services);
        }
        return new RunningSuite(services, keycloakUrl, traces);
    }

    /** Every app of one round ready, or none left running: a start that failed stops what did start. */
    private static void awaitEvery(Map<String, CompletableFuture<AppProcess>> starting, Map<String, List<AppProcess>> services) {
        RuntimeException failure = null;
        for (Map.Entry<String, CompletableFuture<AppProcess>> app : starting.entrySet()) {
            try {
                services.computeIfAbsent(app.getKey(), n -> new ArrayList<>()).add(app.getValue().join());
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            services.values().forEach(instances -> instances.forEach(AppProcess::kill));
            throw failure;
        }
    }

    /** The first gateway instance. */
    String gatewayUrl() {
        return gatewayUrl(0);
    }

    /** Gateway instance {@code n} (modulo the instances running): staff and webhooks spread over them. */
    String gatewayUrl(int n) {
        List<AppProcess> gateways = services.get("gateway");
        return gateways.get(Math.floorMod(n, gateways.size())).url();
    }

    int instances() {
        return INSTANCES;
    }

    String keycloakUrl() {
        return keycloakUrl;
    }

    /** The log of the first instance of a service. */
    Path log(String service) {
        return services.get(service).get(0).log();
    }

    List<Path> logs(String service) {
        return services.get(service).stream().map(AppProcess::log).toList();
    }

    Map<String, List<AppProcess>> services() {
        return services;
    }

    /** The spans every service exported while the suite ran. */
    OtlpReceiver traces() {
        return traces;
    }

    /**
     * Tracing is off in the test profile (CI time); here it is on, every service exporting its spans over OTLP/HTTP
     * to the suite's receiver within a fraction of a second.
     */
    private static Map<String, String> tracing(OtlpReceiver traces) {
        return Map.of("%test.quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint", traces.url(),
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    /** kill -9 of (the first instance of) one service (never the gateway: its URL is the staff's). */
    synchronized void kill(String service) {
        services.get(service).get(0).kill();
    }

    /** A graceful stop (SIGTERM) of (the first instance of) one service, as a rolling deploy does. */
    synchronized void stop(String service) {
        services.get(service).get(0).stop();
    }

    /** The killed or stopped service started again with its configuration; returns once it is ready. */
    synchronized void restart(String service) {
        services.get(service).set(0, services.get(service).get(0).restart());
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
        config.put("autotask.shared-budget.jdbc-url", Postgres.database("autotask_budget"));
        config.put("autotask.shared-budget.username", Postgres.USERNAME);
        config.put("autotask.shared-budget.password", Postgres.PASSWORD);
        config.put("autotask.requests-per-hour", String.valueOf(AUTOTASK_PER_HOUR));
        config.put("autotask.burst", String.valueOf(AUTOTASK_BURST));
        // the step engine's claim of a killed instance ends within seconds (the kill -9 tests); renewed well before
        config.put("onboarding.engine.lease", "6s");
        config.put("onboarding.engine.lease-renew-every", "2s");
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
        if (service.equals("reminder-service")) {
            config.put("%test.reminders.legacy-customers", LEGACY_REMINDER_CUSTOMER);
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
