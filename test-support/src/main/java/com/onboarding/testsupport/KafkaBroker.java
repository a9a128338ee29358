package com.onboarding.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process), run as a child process from the
 * Kafka jars that {@code deploy/local/kafka} copies from Maven Central, the same way {@code deploy/local} runs it.
 * It can be stopped and started again on the same ports and data, to test what happens while Kafka is down.
 */
public final class KafkaBroker {

    private final Path libDir;
    private final Path workDir;
    private final int port;
    private final int controllerPort;
    /** A SASL_PLAINTEXT listener with SCRAM-SHA-256 (0: none), beside the plaintext one. */
    private final int saslPort;
    private final String scramUser;
    private final String scramPassword;
    private ProcessHandle process;
    /** The system property where the running broker's pid is kept, for a handle made by a later class loader. */
    private String pidProperty;

    private KafkaBroker(Path libDir, Path workDir, int port, int controllerPort) {
        this(libDir, workDir, port, controllerPort, 0, null, null);
    }

    private KafkaBroker(Path libDir, Path workDir, int port, int controllerPort, int saslPort, String scramUser,
            String scramPassword) {
        this.libDir = libDir;
        this.workDir = workDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.saslPort = saslPort;
        this.scramUser = scramUser;
        this.scramPassword = scramPassword;
    }

    /**
     * A broker that also listens with SASL/SCRAM-SHA-256 ({@link #saslBootstrapServers()}), knowing this one user: to
     * prove that a client passes its security settings through.
     */
    public static KafkaBroker createWithScram(String user, String password) {
        KafkaBroker plain = create();
        try {
            return new KafkaBroker(plain.libDir, plain.workDir, plain.port, plain.controllerPort, freePort(), user, password);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SASL_PLAINTEXT (SCRAM-SHA-256) listener of a broker made by {@link #createWithScram}. */
    public String saslBootstrapServers() {
        return "localhost:" + saslPort;
    }

    public static KafkaBroker create() {
        String lib = System.getProperty("onboarding.kafka.lib");
        if (lib == null || !Files.isDirectory(Path.of(lib))) {
            throw new IllegalStateException("Kafka broker jars not found at '" + lib
                    + "': build the reactor from the root (./mvnw verify), which copies them (module deploy/local/kafka)");
        }
        try {
            Path workDir = TestDirs.newDirectory("kafka-");
            return new KafkaBroker(Path.of(lib), workDir, freePort(), freePort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /**
     * Keeps this broker's lib, data, ports and pid in JVM-wide system properties under {@code prefix}, so that
     * {@link #attach(String)} in another class loader (a Quarkus test profile's restart) can stop and start it.
     */
    public void shareAs(String prefix) {
        System.setProperty(prefix + ".lib", libDir.toString());
        System.setProperty(prefix + ".dir", workDir.toString());
        System.setProperty(prefix + ".ports", port + "," + controllerPort);
        this.pidProperty = prefix + ".pid";
        if (process != null) {
            System.setProperty(pidProperty, String.valueOf(process.pid()));
        }
    }

    /** A handle on the broker another class loader started and shared ({@link #shareAs}), or none. */
    public static java.util.Optional<KafkaBroker> attach(String prefix) {
        String dir = System.getProperty(prefix + ".dir");
        if (dir == null) {
            return java.util.Optional.empty();
        }
        String[] ports = System.getProperty(prefix + ".ports").split(",");
        KafkaBroker broker = new KafkaBroker(Path.of(System.getProperty(prefix + ".lib")), Path.of(dir),
                Integer.parseInt(ports[0]), Integer.parseInt(ports[1]));
        broker.pidProperty = prefix + ".pid";
        String pid = System.getProperty(broker.pidProperty);
        broker.process = pid == null ? null : ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        return java.util.Optional.of(broker);
    }

    public synchronized void start() {
        try {
            Path config = writeConfig();
            if (!Files.exists(workDir.resolve("data/meta.properties"))) {
                List<String> format = new ArrayList<>(List.of("kafka.tools.StorageTool", "format", "--standalone", "-t",
                        Uuid.randomUuid().toString(), "-c", config.toString()));
                if (saslPort != 0) {
                    format.addAll(List.of("--add-scram", "SCRAM-SHA-256=[name=" + scramUser + ",password=" + scramPassword + "]"));
                }
                run(format, workDir.resolve("format.log"), true);
            }
            process = run(List.of("kafka.Kafka", config.toString()), workDir.resolve("broker.log"), false).toHandle();
            if (pidProperty != null) {
                System.setProperty(pidProperty, String.valueOf(process.pid()));
            }
            awaitReady(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("Kafka did not start; see " + workDir.resolve("broker.log"), e);
        }
    }

    /** Stops the broker process and waits until it has exited. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        process = null;
    }

    /**
     * kill -9 of the broker: it ends at once (SIGKILL) without flushing or closing anything; {@link #start()} starts
     * it again on the same ports and data (it recovers its log as after a crash).
     */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(t -> null).join();
        process = null;
    }

    private Path writeConfig() throws IOException {
        Path config = workDir.resolve("server.properties");
        String sasl = saslPort == 0 ? "" : ",SASL_PLAINTEXT://localhost:" + saslPort;
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + sasl + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port + sasl + ",CONTROLLER://localhost:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                saslPort == 0 ? "" : "sasl.enabled.mechanisms=SCRAM-SHA-256",
                saslPort == 0 ? "" : "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "log.dirs=" + workDir.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "log.cleaner.dedupe.buffer.size=8388608",
                "log.cleaner.threads=1",
                ""));
        return config;
    }

    private Process run(List<String> mainAndArgs, Path log, boolean waitForExit) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + workDir,
                "-Dlog4j2.configurationFile=" + writeLogConfig(),
                "-cp", libDir.toAbsolutePath() + "/*"));
        command.addAll(mainAndArgs);
        Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (waitForExit) {
            try {
                if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
                    throw new IOException(mainAndArgs.get(0) + " failed: " + Files.readString(log));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        }
        return started;
    }

    private Path writeLogConfig() throws IOException {
        Path log4j = workDir.resolve("log4j2.properties");
        if (!Files.exists(log4j)) {
            Files.writeString(log4j, String.join("\n",
                    "rootLogger.level=WARN",
                    "rootLogger.appenderRef.out.ref=out",
                    "appender.out.type=Console",
                    "appender.out.name=out",
                    "appender.out.layout.type=PatternLayout",
                    "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                    "logger.started.name=kafka.server.KafkaRaftServer",
                    "logger.started.level=INFO",
                    ""));
        }
        return log4j;
    }

    private void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka exited: " + Files.readString(workDir.resolve("broker.log")));
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(4, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        throw new IOException("Kafka not ready after " + timeout, last);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
