package com.onboarding.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class TestDirs {

    private TestDirs() {
    }

    /** A new directory under the test JVM's temp dir (the module's target/tmp in the build). */
    static Path newDirectory(String prefix) throws IOException {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
        return Files.createTempDirectory(tmp, prefix);
    }
}
