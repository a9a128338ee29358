package com.onboarding.messaging.engine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the step engine runs its work (prefix {@code onboarding.engine}). */
@ConfigMapping(prefix = "onboarding.engine")
public interface EngineConfig {

    /** Step work run at the same time: one slow API answer holds one worker, the others go on. */
    @WithDefault("4")
    int workers();

    /** How often due work (timers, waits, retries) is looked for; new work is started right after its commit. */
    @WithDefault("2s")
    Duration pollEvery();

    /** How long a claim holds its work; renewed while the work runs, so only a dead instance's claim expires. */
    @WithDefault("30s")
    Duration lease();

    /** How often running work renews its lease (read by {@code StepWorker#renewLeases}); well below {@link #lease()}. */
    @WithDefault("10s")
    Duration leaseRenewEvery();

    /** The one backoff of failed work. */
    Retry retry();

    interface Retry {
        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("1m")
        Duration maxBackoff();

        /** Tries of one piece of work before it stays FAILED for a person to retry (about half an hour of outage). */
        @WithDefault("40")
        int maxAttempts();
    }
}
