package com.onboarding.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A built Quarkus app ({@code <module>/target/quarkus-app}) run as a child process on a free port, from a copy (so a
 * rebuild meanwhile cannot pull the jar from under it), until its management interface (a second free port) answers
 * {@code /q/health/ready}.
 */
public final class AppProcess {

    private final String name;
    private final Process process;
    private final String url;
    private final String managementUrl;
    private final Path log;
    private final Path appDir;
    private final Map<String, String> config;

    private AppProcess(String name, Process process, String url, String managementUrl, Path log, Path appDir,
            Map<String, String> config) {
        this.appDir = appDir;
        this.config = config;
        this.name = name;
        this.process = process;
        this.url = url;
        this.managementUrl = managementUrl;
        this.log = log;
    }

    /** Starts the app with these system properties (config) and waits until it is ready. */
    public static AppProcess start(String name, Path appDir, Map<String, String> config) {
        Path jar = appDir.resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(name + " is not built at " + appDir + ": build the reactor first (./mvnw verify)");
        }
        try {
            int port = KafkaBroker.freePort();
            int managementPort = KafkaBroker.freePort();
            Path dir = TestDirs.newDirectory(name + "-");
            Path log = dir.resolve(name + ".log");
            Path copy = copy(appDir, dir.resolve("app"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort, "-Djava.io.tmpdir=" + dir));
            config.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", copy.resolve("quarkus-run.jar").toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            AppProcess app = new AppProcess(name, process, "http://localhost:" + port,
                    "http://localhost:" + managementPort, log, appDir, config);
            // a loaded machine (several builds at once) may need longer: onboarding.test.app-ready-timeout, e.g. PT5M
            try {
                app.awaitReady(Duration.parse(System.getProperty("onboarding.test.app-ready-timeout", "PT2M")));
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly(); // an app not ready in time must not go on loading the machine
                throw e;
            }
            return app;
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not start", e);
        }
    }

    public String url() {
        return url;
    }

    /** The management interface: /q/health, /q/metrics, /q/openapi. */
    public String managementUrl() {
        return managementUrl;
    }

    public Path log() {
        return log;
    }

    /** kill -9: the process ends at once (SIGKILL), whatever it is doing; nothing of it runs any more. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same app started again with the same configuration (new ports), ready. */
    public AppProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, appDir, config);
    }

    /** Whether the process ended, and with which exit code (143 after SIGTERM handled, 137 after SIGKILL). */
    public java.util.OptionalInt exitCode() {
        return process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /** A graceful stop (SIGTERM, as a rolling deploy does), waiting for the process to end. */
    public void stop() {
        process.destroy();
        try {
            // the services' own grace periods (consumers 5 s, step work 10 s) fit well within this
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited: " + tail());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
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
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException(name + " not ready after " + timeout + ": " + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path copy(Path from, Path to) throws IOException {
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
}
