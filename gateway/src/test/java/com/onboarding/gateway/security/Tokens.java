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

    /** A valid token for the gateway (its audience) of a realm user who has none of the suite's roles. */
    public static String withoutSuiteRole() {
        return KeycloakServer.token("nora", "nora");
    }

    /** A valid token of the realm that is not meant for the gateway (no onboarding-gateway audience): a service's. */
    public static String wrongAudience() {
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
