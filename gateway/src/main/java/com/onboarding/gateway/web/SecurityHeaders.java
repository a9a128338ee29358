package com.onboarding.gateway.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser security headers on every answer of the application port (the page, its scripts, every API answer, a 401
 * included): a Content-Security-Policy that allows only the page's own scripts and styles and Keycloak's origin (the
 * login redirect, keycloak-js' token calls and its silent-check iframe), no framing by anyone, no MIME sniffing, and
 * no referrer sent off the site. Registered on the router, so endpoints added later get them without work.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String contentSecurityPolicy;

    public SecurityHeaders(WebPageConfig config) {
        this.contentSecurityPolicy = policy(KeycloakLocation.of(config.authServerUrl()).url());
    }

    /** The policy for a Keycloak at this base URL (only its origin is kept). */
    public static String policy(String keycloakUrl) {
        java.net.URI keycloak = java.net.URI.create(keycloakUrl);
        String origin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + origin + "; frame-src " + origin + "; form-action 'self' " + origin + "; "
                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response().headers()
                    .set("Content-Security-Policy", contentSecurityPolicy)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "no-referrer"));
            context.next();
        });
    }
}
