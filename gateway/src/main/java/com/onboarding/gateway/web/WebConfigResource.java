package com.onboarding.gateway.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tells the web page, before anyone is logged in, where to log in: nothing secret, a public client. */
@Path("/api/web-config")
@Produces(MediaType.APPLICATION_JSON)
public class WebConfigResource {

    public record WebConfig(String keycloakUrl, String realm, String clientId) {
    }

    private final WebConfig config;

    public WebConfigResource(WebPageConfig config) {
        KeycloakLocation keycloak = KeycloakLocation.of(config.authServerUrl());
        this.config = new WebConfig(keycloak.url(), keycloak.realm(), config.clientId());
    }

    @GET
    @PermitAll
    @Operation(summary = "Where the web page logs in: Keycloak's URL, the realm and the public client (no login needed)")
    public WebConfig get() {
        return config;
    }
}
