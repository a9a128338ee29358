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

    /**
     * Concurrent calls per object endpoint, across every service and instance when the shared budget is configured;
     * Autotask allows 3 per tracking id and endpoint.
     */
    @WithDefault("3")
    int maxConcurrentPerEndpoint();

    /**
     * The suite's share of the tenant's 10,000 requests per hour (shared with every other integration and person
     * using the API), for all services and instances together when the shared budget is configured. Set the same
     * value (and {@link #burst()}) in every service.
     */
    @WithDefault("5000")
    int requestsPerHour();

    /** Calls allowed in a burst before the hourly rate applies. */
    @WithDefault("100")
    int burst();

    @WithDefault("10s")
    Duration timeout();

    /**
     * How long entity metadata (fields, picklist values, UDF definitions) and reference data found by name or id are
     * kept before they are read again.
     */
    @WithDefault("1h")
    Duration metadataTtl();

    Retry retry();

    /**
     * Where the tenant's one request budget is kept for every service and instance: a PostgreSQL database they all
     * reach (its tables are migrated by the first to start). Unset: each JVM keeps a budget of its own (one instance
     * of one service only).
     */
    SharedBudget sharedBudget();

    interface SharedBudget {
        Optional<String> jdbcUrl();

        Optional<String> username();

        Optional<String> password();

        /** The budget's key: every service of the suite that calls the same Autotask tenant uses the same one. */
        @WithDefault("default")
        String tenant();

        /** Connections of this JVM to the budget database (each request holds one for a statement). */
        @WithDefault("4")
        int connections();
    }

    interface Retry {
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
