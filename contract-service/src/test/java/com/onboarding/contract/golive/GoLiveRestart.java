package com.onboarding.contract.golive;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The go-live timer across a restart: the first profile runs before the go-live date, the second (a restarted
 * service on the same database) after it. Quarkus restarts the app between profiles; the test classes run in name order (1 before 2).
 */
final class GoLiveRestart {

    /** Unique per test JVM, and the same in both profiles: each restart loads this class again, the JVM's properties stay. */
    static final String ONBOARDING = (String) System.getProperties().computeIfAbsent("go-live-restart-test.onboarding",
            key -> "go-live-restart-" + UUID.randomUUID());
    static final String ACCOUNT = "Restart Hardware " + ONBOARDING.substring(ONBOARDING.length() - 8);

    private GoLiveRestart() {
    }

    public static class A_BeforeGoLive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.clock.now", "2026-11-30T12:00:00Z");
        }
    }

    public static class B_AfterGoLive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.clock.now", "2026-12-01T08:00:00Z");
        }
    }
}
