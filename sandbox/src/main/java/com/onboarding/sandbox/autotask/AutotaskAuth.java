package com.onboarding.sandbox.autotask;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The API user the simulated tenant knows, and the tenant's request threshold. */
@ConfigMapping(prefix = "sandbox.autotask")
public interface AutotaskAuth {

    @WithDefault("SANDBOXTRACKINGID0000000001")
    String integrationCode();

    @WithDefault("api-user@sandbox.example")
    String username();

    @WithDefault("sandbox-secret")
    String secret();

    /** Concurrent requests allowed per object endpoint (Autotask's thread limit); one more gets 429. */
    @WithDefault("3")
    int threadLimit();

    /** Requests the tenant may make in one {@link #thresholdTimeframe()} (Autotask's: 10,000 an hour). */
    @WithDefault("10000")
    int requestThreshold();

    @WithDefault("60m")
    java.time.Duration thresholdTimeframe();

    default boolean accepts(String integrationCode, String username, String secret) {
        return integrationCode().equals(integrationCode) && username().equalsIgnoreCase(String.valueOf(username))
                && secret().equals(secret);
    }
}
