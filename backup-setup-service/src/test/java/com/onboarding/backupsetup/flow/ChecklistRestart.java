package com.onboarding.backupsetup.flow;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The checklist wait across a restart: in the first profile nothing polls (the engine polls once an hour, the first look
 * 15 s away) while the technician completes the checklist; the second profile is the restarted service on the same database. Quarkus orders test
 * classes by profile name (A before B) and restarts the app between them.
 */
final class ChecklistRestart {

    /** The same in both profiles: each restart loads this class again, the JVM's properties stay. */
    static String onboarding() {
        return System.getProperty("checklist-restart-test.onboarding");
    }

    static void remember(String onboardingId) {
        System.setProperty("checklist-restart-test.onboarding", onboardingId);
    }

    private ChecklistRestart() {
    }

    public static class A_NotPolling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the engine polls once an hour and the first look far enough away: nothing looks at the checklist
            return Map.of("onboarding.engine.poll-every", "1h", "backup.polling.first-check", "15s");
        }
    }

    public static class B_Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onboarding.engine.poll-every", "0.5s");
        }
    }
}
