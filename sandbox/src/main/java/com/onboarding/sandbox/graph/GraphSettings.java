package com.onboarding.sandbox.graph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The simulated Entra app registration and the SharePoint site the sandbox starts with. */
@ConfigMapping(prefix = "sandbox.graph")
public interface GraphSettings {

    /** The tenant id the token endpoint accepts. */
    @WithDefault("sandbox-tenant")
    String tenantId();

    @WithDefault("sandbox-graph-client")
    String clientId();

    @WithDefault("sandbox-graph-secret")
    String clientSecret();

    /** The SharePoint host of the seeded sites. */
    @WithDefault("geekgirlsit.sharepoint.com")
    String hostname();

    /** The server-relative path of the IT team site (whose Documents library holds the report folders). */
    @WithDefault("sites/ITTeam")
    String teamSitePath();

    /** Seconds a token lives. */
    @WithDefault("3599")
    int tokenLifetimeSeconds();
}
