package com.onboarding.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sandbox (simulators of the third-party APIs) as a real HTTP server: the sandbox module's built app, run as a
 * child process once per test JVM. Provides {@code sandbox.url}, which the services' test profiles point their
 * API clients at. The app is found at system property {@code onboarding.sandbox.app} (the reactor sets it) or
 * env {@code ONBOARDING_SANDBOX_APP}.
 */
public class SandboxProcess implements QuarkusTestResourceLifecycleManager {

    private static final String URL_PROPERTY = "onboarding.test.sandbox.url";

    private static AppProcess sandbox;

    @Override
    public Map<String, String> start() {
        return Map.of("sandbox.url", startShared());
    }

    @Override
    public void stop() {
        // shared for the whole test JVM
    }

    /** Started once per JVM; remembered in a system property because profile restarts bring new class loaders. */
    public static synchronized String startShared() {
        return startShared(Map.of());
    }

    /** Started once per JVM with this configuration (system properties of the sandbox), when it is the first start. */
    public static synchronized String startShared(Map<String, String> config) {
        String started = System.getProperty(URL_PROPERTY);
        if (started != null) {
            return started;
        }
        if (sandbox == null) {
            String app = System.getenv().getOrDefault("ONBOARDING_SANDBOX_APP", System.getProperty("onboarding.sandbox.app"));
            if (app == null) {
                throw new IllegalStateException("Sandbox app location unknown: set onboarding.sandbox.app (the reactor does)");
            }
            sandbox = AppProcess.start("sandbox", Path.of(app), config);
        }
        System.setProperty(URL_PROPERTY, sandbox.url());
        return sandbox.url();
    }

    public static String url() {
        return startShared();
    }
}
