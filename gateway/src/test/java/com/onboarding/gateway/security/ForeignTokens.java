package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.onboarding.testsupport.KeycloakServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real, signed tokens the gateway must refuse: expired, of another realm (another issuer and keys), and a real
 * token whose signature was replaced.
 */
final class ForeignTokens {

    private static final String EXPIRING_CLIENT = "expiring-test-client";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ForeignTokens() {
    }

    /**
     * A real token of the realm for the gateway (its audience, a staff user) that has expired: issued through a client
     * with a one-second token lifespan (created through the admin API if absent), then waited out.
     */
    static String expired() {
        String admin = adminToken();
        String realm = KeycloakServer.url() + "/admin/realms/" + KeycloakServer.REALM;
        List<?> existing = given().auth().oauth2(admin).queryParam("clientId", EXPIRING_CLIENT).get(realm + "/clients")
                .then().statusCode(200).extract().as(List.class);
        if (existing.isEmpty()) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                    "clientId", EXPIRING_CLIENT, "publicClient", true, "directAccessGrantsEnabled", true,
                    "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "1"),
                    "protocolMappers", List.of(Map.of("name", "onboarding-gateway audience", "protocol", "openid-connect",
                            "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                    "included.custom.audience", "onboarding-gateway", "access.token.claim", "true")))))
                    .post(realm + "/clients").then().statusCode(201);
        }
        String token = given().formParam("grant_type", "password").formParam("client_id", EXPIRING_CLIENT)
                .formParam("username", "stella").formParam("password", "stella")
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        Instant expires = Instant.ofEpochSecond(claims(token).path("exp").asLong());
        await("the token's expiry").atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(expires.plusSeconds(2)));
        return token;
    }

    /** A real token of Keycloak's master realm (another issuer, other keys): the admin's. */
    static String ofAnotherRealm() {
        return adminToken();
    }

    /** A real token of the realm with its signature replaced by another (same key id, so no key refresh). */
    static String resigned(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", KeycloakServer.ADMIN_USER).formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post(KeycloakServer.url() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
