package com.onboarding.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from the binaries shipped in a Maven artifact (zonky), one per test JVM. It can be killed
 * with kill -9 (the postmaster and every backend) and started again on the same port and data directory, recovering
 * from its write-ahead log as after a crash.
 */
public final class Postgres {

    /** JVM-wide: the port of the server this JVM started (see RealInfrastructure). */
    public static final String PORT_PROPERTY = "onboarding.test.postgres.port";
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    /**
     * {@code on} for a run that kills the server with kill -9 (the fault run): with {@code off} (the tests' default,
     * for speed) a commit acknowledged in the last fraction of a second before the kill is lost with the server's
     * shared memory, which a production server (synchronous_commit on) never does. fsync stays off: a killed process
     * leaves what it wrote in the operating system's cache.
     */
    public static final String SYNCHRONOUS_COMMIT_PROPERTY = "onboarding.test.postgres.synchronous-commit";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final Map<String, String> serverConfig;

    private Postgres(EmbeddedPostgres server, Path dataDirectory, Map<String, String> serverConfig) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.serverConfig = serverConfig;
    }

    private static Map<String, String> serverConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("fsync", "off");
        config.put("synchronous_commit", System.getProperty(SYNCHRONOUS_COMMIT_PROPERTY, "off"));
        config.put("full_page_writes", "off");
        config.put("max_connections", "200");
        return config;
    }

    public static Postgres start() {
        try {
            Path dir = TestDirs.newDirectory("pg-");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(dir.toFile())
                    .setDataDirectory(dir.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60));
            Map<String, String> config = serverConfig();
            config.forEach(builder::setServerConfig);
            EmbeddedPostgres server = builder.start();
            System.setProperty(PORT_PROPERTY, String.valueOf(server.getPort()));
            return new Postgres(server, dir.resolve("data"), config);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    /** kill -9 of the server: every backend and then the postmaster end at once (SIGKILL); waits until they are gone. */
    public synchronized void kill() {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid())
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        }
    }

    /** Starts the killed server again on the same port and data directory; returns once it accepts connections. */
    public synchronized void restart() {
        try {
            Path log = dataDirectory.resolveSibling("restart.log");
            List<String> options = new ArrayList<>(List.of("-p", String.valueOf(server.getPort()), "-F"));
            serverConfig.forEach((key, value) -> options.addAll(List.of("-c", key + "=" + value)));
            List<String> command = new ArrayList<>();
            if (new File("/usr/bin/unshare").canExecute() && "root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
            }
            command.addAll(List.of(binaries().resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(),
                    "-o", String.join(" ", options), "-l", log.toString(), "-w", "-t", "60", "start"));
            Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!pgCtl.waitFor(90, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl start failed: " + Files.readString(log));
            }
            awaitConnections(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("No postmaster.pid in " + dataDirectory, e);
        }
    }

    /** Where zonky unpacked the PostgreSQL binaries (its private field: zonky has no restart of its own). */
    private Path binaries() {
        try {
            var field = EmbeddedPostgres.class.getDeclaredField("pgDir");
            field.setAccessible(true);
            return ((File) field.get(server)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot find zonky's PostgreSQL binaries", e);
        }
    }

    private void awaitConnections(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort()
                    + "/postgres", USERNAME, PASSWORD)) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("PostgreSQL not accepting connections after " + timeout, last);
    }

    /** Creates the database if it does not exist and returns its JDBC URL. */
    public static String database(String name) {
        String port = System.getProperty(PORT_PROPERTY);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                USERNAME, PASSWORD);
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }
}
