package com.onboarding.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} server, start-dev) with the realm of
 * {@code deploy/local/keycloak/onboarding-realm.json}, on a free port, once per test JVM. Sets
 * {@code quarkus.oidc.auth-server-url} (and enables the OIDC tenant) for the app under test; tests get real tokens
 * with {@link #token(String, String)} (password grant through the public client {@code onboarding-web}). Everything
 * uses the host name {@code localhost} and the server's hostname is pinned to it, so the token issuer always matches.
 * <p>
 * The first run on a machine unpacks and builds the distribution into a cache (see {@link KeycloakDist}), about a
 * minute; later test JVMs start from the cache in roughly 10-40 s depending on the machine's load.
 * Init arg / system property {@code onboarding.keycloak.realm-file} overrides the realm file.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "onboarding";
    public static final String CLIENT = "onboarding-web";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final String URL_PROPERTY = "onboarding.test.keycloak.url";
    private static final String BUILD_OPTIONS = "start-dev --health-enabled=true";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private static Running server;
    private String realmFile;

    @Override
    public void init(Map<String, String> initArgs) {
        realmFile = initArgs.get("onboarding.keycloak.realm-file");
    }

    @Override
    public Map<String, String> start() {
        if (realmFile != null) {
            System.setProperty("onboarding.keycloak.realm-file", realmFile);
        }
        String realmUrl = realmUrl();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", realmUrl);
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("%test.quarkus.oidc.tenant-enabled", "true");
        config.put("keycloak.url", url());
        config.put("keycloak.realm-url", realmUrl);
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole test JVM; the server ends with it
    }

    /** The server's base URL, e.g. http://localhost:41234 (starts it unless this JVM already did). */
    public static synchronized String url() {
        String started = System.getProperty(URL_PROPERTY);
        if (started != null) {
            return started;
        }
        Path realm = realmFile();
        Path prepared = KeycloakDist.prepared(realm, BUILD_OPTIONS, KeycloakServer::launch);
        try {
            Path home = KeycloakDist.home(prepared, TestDirs.newDirectory("keycloak-").resolve("home"));
            server = launch(home);
            Running running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
            System.setProperty(URL_PROPERTY, running.url);
            return running.url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's URL, the issuer of its tokens: {@code <url>/realms/onboarding}. */
    public static String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    /** The admin console, for a person or a browser test: log in as {@link #ADMIN_USER}/{@link #ADMIN_PASSWORD}. */
    public static String adminConsoleUrl() {
        return url() + "/admin/";
    }

    /**
     * Adds a web origin (CORS, for the page's JavaScript adapter) to the public client {@link #CLIENT}, through the
     * admin API, unless it is there: the realm file lists exact origins (the local run's), a test's page has a port of
     * its own.
     */
    public static synchronized void allowWebOrigin(String origin) {
        try {
            String admin = adminToken();
            String clients = url() + "/admin/realms/" + REALM + "/clients";
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT))
                    .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode client = MAPPER.readTree(found.body()).path(0);
            com.fasterxml.jackson.databind.node.ArrayNode origins = (com.fasterxml.jackson.databind.node.ArrayNode) client.path("webOrigins");
            for (JsonNode existing : origins) {
                if (existing.asText().equals(origin)) {
                    return;
                }
            }
            origins.add(origin);
            HttpResponse<String> updated = HTTP.send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (updated.statusCode() != 204) {
                throw new IllegalStateException("Keycloak did not add the web origin " + origin + ": " + updated.statusCode()
                        + " " + updated.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN_USER + "&password=" + ADMIN_PASSWORD;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the admin a token: " + response.statusCode() + " " + response.body());
        }
        return MAPPER.readTree(response.body()).path("access_token").asText();
    }

    /** A real access token for a realm user (password grant through onboarding-web), reused while it is fresh. */
    public static String token(String user, String password) {
        CachedToken cached = TOKENS.get(user + "\n" + password);
        if (cached != null && cached.expires.isAfter(Instant.now().plusSeconds(30))) {
            return cached.token;
        }
        Map<String, String> form = Map.of("grant_type", "password", "client_id", CLIENT, "username", user,
                "password", password, "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode json = MAPPER.readTree(response.body());
            String token = json.path("access_token").asText();
            TOKENS.put(user + "\n" + password, new CachedToken(token, Instant.now().plusSeconds(json.path("expires_in").asLong(60))));
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm's users have their name as password (stella, oscar, ada). */
    public static String token(String user) {
        return token(user, user);
    }

    private record CachedToken(String token, Instant expires) {
    }

    static Path realmFile() {
        String configured = System.getProperty("onboarding.keycloak.realm-file");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/local/keycloak/onboarding-realm.json");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/local/keycloak/onboarding-realm.json not found above " + Path.of("").toAbsolutePath()
                + ": set onboarding.keycloak.realm-file");
    }

    /** Starts kc.sh start-dev in this home on free ports and waits until the realm answers. */
    private static Running launch(Path home) {
        try {
            int port = KafkaBroker.freePort();
            int managementPort = KafkaBroker.freePort();
            String url = "http://localhost:" + port;
            Path tmp = Files.createDirectories(home.resolve("tmp"));
            Files.createDirectories(home.resolve("data/import"));
            Path realm = realmFile();
            Files.copy(realm, home.resolve("data/import").resolve(realm.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString()));
            command.addAll(List.of(BUILD_OPTIONS.split(" ")));
            command.addAll(List.of("--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + managementPort, "--hostname=" + url));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
                    + "-XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 "
                    + "-Djava.io.tmpdir=" + tmp);
            Running running = new Running(builder.start(), url, home.resolve("keycloak.log"));
            running.awaitRealm(Duration.ofSeconds(300));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start in " + home, e);
        }
    }

    /** A started Keycloak; closing stops it gracefully (kc.sh forwards the TERM to its java process). */
    static final class Running implements KeycloakDist.Starter.Running {
        private final Process process;
        private final String url;
        private final Path log;

        Running(Process process, String url, Path log) {
            this.process = process;
            this.url = url;
            this.log = log;
        }

        void awaitRealm(Duration timeout) throws IOException {
            Instant deadline = Instant.now().plus(timeout);
            URI wellKnown = URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration");
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException("Keycloak exited: " + tail());
                }
                try {
                    if (HTTP.send(HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            close();
            throw new IOException("Keycloak not ready after " + timeout + ": " + tail());
        }

        @Override
        public void close() {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            children.forEach(child -> {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            });
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }
}
