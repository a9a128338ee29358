package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;

import com.onboarding.testsupport.KeycloakServer;

/** Real tokens of the test Keycloak's realm for each kind of caller. */
public final class Tokens {

    private Tokens() {
    }

    public static String staff() {
        return KeycloakServer.token("stella", "stella");
    }

    public static String operator() {
        return KeycloakServer.token("oscar", "oscar");
    }

    public static String admin() {
        return KeycloakServer.token("ada", "ada");
    }

    /** A valid token of the realm that carries none of the suite's roles: a service's client-credentials token. */
    public static String withoutSuiteRole() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "contract-service")
                .formParam("client_secret", "contract-service-secret")
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String of(String role) {
        return switch (role) {
            case "staff" -> staff();
            case "operator" -> operator();
            case "admin" -> admin();
            default -> withoutSuiteRole();
        };
    }
}
