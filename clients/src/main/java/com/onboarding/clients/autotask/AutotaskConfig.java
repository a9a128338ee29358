package com.onboarding.clients.autotask;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How to reach Autotask. Secrets come from the environment (AUTOTASK_USERNAME, AUTOTASK_SECRET, AUTOTASK_INTEGRATION_CODE). */
@ConfigMapping(prefix = "autotask")
public interface AutotaskConfig {

    /** Where zone discovery is asked (GET {url}/V1.0/ZoneInformation?user=...). */
    @WithDefault("https://webservices.autotask.net/atservicesrest")
    String zoneDiscoveryUrl();

    /** The tenant's REST base (…/ATServicesRest); when set, zone discovery is skipped. */
    Optional<String> baseUrl();

    /** The API tracking identifier, sent as ApiIntegrationCode. */
    String integrationCode();

    /** The API-only user, sent as UserName. */
    String username();

    /** The API user's secret, sent as Secret. */
    String secret();

    /** Concurrent calls per object endpoint; Autotask allows 3 per tracking id and endpoint. */
    @WithDefault("2")
    int maxConcurrentPerEndpoint();

    /** This integration's share of the tenant's 10,000 requests per hour (shared by every integration). */
    @WithDefault("3000")
    int requestsPerHour();

    /** Calls allowed in a burst before the hourly rate applies. */
    @WithDefault("100")
    int burst();

    @WithDefault("10s")
    Duration timeout();

    /** How long entity metadata (fields, picklist values, UDF definitions) is kept before it is read again. */
    @WithDefault("1h")
    Duration metadataTtl();

    Retry retry();

    interface Retry {
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
