package com.onboarding.gateway.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the staff web page needs to log a person in through Keycloak. */
@ConfigMapping(prefix = "gateway.web")
public interface WebPageConfig {

    /**
     * The realm's URL as the browser reaches it ({@code <keycloak>/realms/<realm>}); by default the one the gateway
     * checks tokens against. Set it apart when the browser reaches Keycloak by another name than the gateway does.
     */
    @WithDefault("${quarkus.oidc.auth-server-url}")
    String authServerUrl();

    /** The public client the page logs in with (authorization code flow with PKCE). */
    @WithDefault("onboarding-web")
    String clientId();
}
