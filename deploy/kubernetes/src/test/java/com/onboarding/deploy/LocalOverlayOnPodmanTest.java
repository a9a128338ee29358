package com.onboarding.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The `local` overlay run for real: `deploy/local/run.sh kube` builds the images, plays the overlay with podman on
 * the host network against the local infrastructure and drives the sample onboarding to go-live through the
 * containers; `run.sh down` then removes everything it started. It uses the fixed local ports, so it runs under
 * their lock. Part of {@code ./mvnw verify}; {@code -Dkube.play=false} leaves it out (a machine without root for
 * podman's packages).
 */
@DisabledIfSystemProperty(named = "kube.play", matches = "false")
class LocalOverlayOnPodmanTest {

    private static final List<String> APPS = List.of("sandbox", "gateway", "contract-service", "reporting-service",
            "reminder-service", "documentation-service", "backup-setup-service");

    @Test
    void theSampleOnboardingReachesGoLiveThroughTheContainers() throws Exception {
        Path repo = RenderedOverlay.repository().toAbsolutePath().normalize();
        boolean packaged = APPS.stream()
                .allMatch(app -> Files.exists(repo.resolve(app).resolve("target/quarkus-app/quarkus-run.jar")));
        Path log = repo.resolve("deploy/kubernetes/target/run-kube.log");
        Files.createDirectories(log.getParent());
        String script = "deploy/local/run.sh kube; rc=$?; deploy/local/run.sh down; exit $rc";
        ProcessBuilder run = new ProcessBuilder("flock", "/tmp/onboarding-fixed-ports.lock", "bash", "-c", script)
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (packaged) {
            run.environment().put("ONBOARDING_IMAGES_PACKAGED", "1"); // the reactor packaged them already
        }
        Process process = run.start();
        boolean ended = process.waitFor(40, TimeUnit.MINUTES);
        if (!ended) {
            process.destroy();
            process.waitFor(2, TimeUnit.MINUTES);
        }
        String output = Files.readString(log);
        assertThat(ended).as("run.sh kube ended within 40 minutes; see " + log).isTrue();
        assertThat(process.exitValue()).as("run.sh kube exit status; output in " + log + ":\n"
                + tail(output)).isZero();
        assertThat(output).contains("reached go-live").contains("containers of the local overlay removed");
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }
}
