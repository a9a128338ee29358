package com.onboarding.gateway.web;

import java.net.URI;

/**
 * Where the browser finds Keycloak: its base URL and realm, split from a realm URL such as
 * {@code http://localhost:8180/realms/onboarding} (the form the OIDC configuration uses).
 */
public record KeycloakLocation(String url, String realm) {

    private static final String REALMS = "/realms/";

    public static KeycloakLocation of(String realmUrl) {
        String trimmed = realmUrl == null ? "" : realmUrl.strip().replaceAll("/+$", "");
        int at = trimmed.lastIndexOf(REALMS);
        if (at < 0 || at + REALMS.length() >= trimmed.length() || !URI.create(trimmed).isAbsolute()) {
            throw new IllegalArgumentException("Not a Keycloak realm URL (<keycloak>/realms/<realm>): " + realmUrl);
        }
        String realm = trimmed.substring(at + REALMS.length());
        if (realm.contains("/")) {
            throw new IllegalArgumentException("Not a Keycloak realm URL (<keycloak>/realms/<realm>): " + realmUrl);
        }
        return new KeycloakLocation(trimmed.substring(0, at), realm);
    }
}
