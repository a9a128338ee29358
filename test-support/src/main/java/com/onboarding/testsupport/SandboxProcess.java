package com.onboarding.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sandbox (simulators of the third-party APIs) as a real HTTP server: the sandbox module's built app, run as a
 * child process once per test JVM. Provides {@code sandbox.url}, which the services' test profiles point their
 * API clients at. The app is found at system property {@code onboarding.sandbox.app} (the reactor sets it) or
 * env {@code ONBOARDING_SANDBOX_APP}.
 */
public class SandboxProcess implements QuarkusTestResourceLifecycleManager {

    private static String url;

    @Override
    public Map<String, String> start() {
        return Map.of("sandbox.url", startShared());
    }

    @Override
    public void stop() {
        // shared for the whole test JVM
    }

    public static synchronized String startShared() {
        if (url != null) {
            return url;
        }
        String app = System.getenv().getOrDefault("ONBOARDING_SANDBOX_APP", System.getProperty("onboarding.sandbox.app"));
        Path jar = app == null ? null : Path.of(app, "quarkus-run.jar");
        if (jar == null || !Files.exists(jar)) {
            throw new IllegalStateException("Sandbox app not found at '" + app
                    + "': build it first (./mvnw install -pl sandbox -DskipTests), or run the whole reactor");
        }
        try {
            int port = KafkaBroker.freePort();
            Path dir = TestDirs.newDirectory("sandbox-");
            Path log = dir.resolve("sandbox.log");
            // run a copy, so that rebuilding the sandbox meanwhile cannot pull the jar from under this run
            jar = copyApp(jar.getParent(), dir.resolve("app")).resolve("quarkus-run.jar");
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + port, "-Djava.io.tmpdir=" + log.getParent(),
                    "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            String base = "http://localhost:" + port;
            awaitReady(process, base, log);
            url = base;
            return url;
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox did not start", e);
        }
    }

    private static Path copyApp(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    public static String url() {
        return startShared();
    }

    private static void awaitReady(Process process, String base, Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Sandbox exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("Sandbox not ready after 90 s; log: " + log);
    }
}
