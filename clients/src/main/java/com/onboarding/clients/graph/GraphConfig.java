package com.onboarding.clients.graph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach Microsoft Graph as the suite's Entra app (client-credentials). The secret comes from the environment
 * (GRAPH_CLIENT_SECRET). Tenant, client id and secret are optional here so that services that do not use Graph
 * start without them; the first Graph call without them is refused with a clear message.
 */
@ConfigMapping(prefix = "graph")
public interface GraphConfig {

    /** The Entra token authority; the token endpoint is {loginUrl}/{tenantId}/oauth2/v2.0/token. */
    @WithDefault("https://login.microsoftonline.com")
    String loginUrl();

    /** Graph's base; calls go to {baseUrl}/v1.0/... */
    @WithDefault("https://graph.microsoft.com")
    String baseUrl();

    /** The directory (tenant) id. */
    Optional<String> tenantId();

    /** The app registration's client id (needs Files.ReadWrite.All or Sites.ReadWrite.All, admin-consented). */
    Optional<String> clientId();

    Optional<String> clientSecret();

    /** The scope of the client-credentials token; must be a resource's /.default. */
    @WithDefault("https://graph.microsoft.com/.default")
    String scope();

    @WithDefault("30s")
    Duration timeout();

    Retry retry();

    interface Retry {
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();

        /** The longest Retry-After honoured (Graph has asked for minutes). */
        @WithDefault("5m")
        Duration maxRetryAfter();
    }
}
