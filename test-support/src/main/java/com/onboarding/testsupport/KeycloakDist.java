package com.onboarding.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution, unpacked, built (Keycloak's one-time re-augmentation for start-dev) and started
 * once with the realm imported, kept in a cache directory across test runs. Every test JVM then runs Keycloak from
 * its own home: the cached dependency jars hard-linked (never written), everything else copied, including the
 * already initialised H2 database, so a start skips the build, the schema creation and the realm import.
 * <p>
 * Cache: {@code ONBOARDING_KEYCLOAK_CACHE} or system property {@code onboarding.keycloak.cache}, default
 * {@code ~/.cache/onboarding-suite/keycloak}; one entry per Keycloak version, start options and realm file content,
 * created under a file lock (test JVMs of several modules may start at once). Delete the directory to rebuild.
 */
final class KeycloakDist {

    private KeycloakDist() {
    }

    /** The version and zip the test-support build recorded (onboarding-keycloak.properties). */
    static Properties coordinates() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDist.class.getResourceAsStream("/onboarding-keycloak.properties")) {
            if (in == null) {
                throw new IllegalStateException("onboarding-keycloak.properties missing from test-support");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.setProperty("version", System.getProperty("onboarding.keycloak.version", properties.getProperty("version")));
        properties.setProperty("zip", System.getProperty("onboarding.keycloak.zip", properties.getProperty("zip")));
        return properties;
    }

    static Path cacheRoot() {
        String configured = System.getenv().getOrDefault("ONBOARDING_KEYCLOAK_CACHE", System.getProperty("onboarding.keycloak.cache"));
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "onboarding-suite", "keycloak");
    }

    /**
     * The cached, built and realm-initialised distribution for this realm file, created if missing. {@code starter}
     * starts a server in a home directory and returns it once the realm answers; used once, to initialise.
     */
    static Path prepared(Path realmFile, String startOptions, Starter starter) {
        Properties coordinates = coordinates();
        String version = coordinates.getProperty("version");
        try {
            Path root = Files.createDirectories(cacheRoot());
            String key = "keycloak-" + version + "-" + hash(Files.readAllBytes(realmFile), startOptions);
            Path entry = root.resolve(key);
            if (Files.exists(entry.resolve(".ready"))) {
                return entry;
            }
            try (FileChannel channel = FileChannel.open(root.resolve("cache.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                if (Files.exists(entry.resolve(".ready"))) {
                    return entry; // another test JVM built it while this one waited
                }
                deleteStale(root);
                Path building = root.resolve(key + ".building-" + UUID.randomUUID());
                Path zip = Path.of(coordinates.getProperty("zip"));
                if (!Files.exists(zip)) {
                    throw new IllegalStateException("Keycloak distribution not found at " + zip + ": build test-support (it "
                            + "resolves org.keycloak:keycloak-quarkus-dist:" + version + ":zip), or set onboarding.keycloak.zip");
                }
                unzip(zip, building);
                Path home = building.resolve("keycloak-" + version);
                Files.createDirectories(home.resolve("data/import"));
                Files.copy(realmFile, home.resolve("data/import").resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                // started and stopped once: the build and the database (schema and realm) are now in the home
                starter.start(home).close();
                deleteTree(home.resolve("data/tmp"));
                deleteTree(home.resolve("data/transaction-logs"));
                deleteTree(home.resolve("tmp"));
                Files.writeString(home.resolve(".ready"), version + "\n");
                Files.move(home, entry, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(building);
                return entry;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Keycloak distribution", e);
        }
    }

    /** A private home for one server: the cached jars hard-linked, everything else (build, database) copied. */
    static Path home(Path prepared, Path directory) {
        try (var paths = Files.walk(prepared)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                String relative = prepared.relativize(source).toString().replace('\\', '/');
                if (relative.equals(".ready")) {
                    continue;
                }
                Path target = directory.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (relative.startsWith("lib/lib/")) {
                    link(source, target);
                } else {
                    Files.copy(source, target);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Keycloak home in " + directory, e);
        }
    }

    interface Starter {
        Running start(Path home);

        interface Running extends AutoCloseable {
            @Override
            void close();
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (FileSystemException | UnsupportedOperationException e) {
            Files.copy(source, target); // another file system: copy
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void deleteStale(Path root) throws IOException {
        try (var entries = Files.list(root)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (name.contains(".building-") || (Files.isDirectory(entry) && name.startsWith("keycloak-")
                        && !Files.exists(entry.resolve(".ready")))) {
                    deleteTree(entry);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(each);
            }
        }
    }

    private static String hash(byte[] realm, String options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(realm);
            digest.update(options.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
