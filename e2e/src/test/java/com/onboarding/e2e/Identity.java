package com.onboarding.e2e;

import com.onboarding.testsupport.KeycloakServer;
import java.util.Map;
import java.util.function.Supplier;

/** Keycloak, realm {@code onboarding}: the real server the gateway checks tokens against, and a staff login. */
final class Identity {

    private Identity() {
    }

    static String startKeycloak() {
        return KeycloakServer.url();
    }

    /** The gateway's OIDC settings for the running Keycloak (the test profile would otherwise switch OIDC off). */
    static Map<String, String> gatewayConfig(String keycloakUrl) {
        return Map.of("%test.quarkus.oidc.tenant-enabled", "true",
                "%test.quarkus.oidc.auth-server-url", keycloakUrl + "/realms/onboarding",
                "quarkus.oidc.auth-server-url", keycloakUrl + "/realms/onboarding");
    }

    /** A fresh access token of a realm user, for every call (tokens are short-lived; the server caches them). */
    static Supplier<String> login(String user, String password) {
        return () -> KeycloakServer.token(user, password);
    }
}
