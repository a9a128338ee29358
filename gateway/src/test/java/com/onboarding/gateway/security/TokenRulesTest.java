package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.testsupport.KeycloakCallCounter;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The gateway's token rules: only tokens that verify against the realm's keys and carry the gateway's audience pass;
 * a garbage, forged, expired or foreign token is refused locally: no call to Keycloak (every call the gateway's OIDC
 * client makes passes through {@link KeycloakCallCounter}), no ERROR line.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
@QuarkusTestResource(KeycloakCallCounter.class)
class TokenRulesTest {

    @Test
    void garbage_forged_expired_and_foreign_tokens_cause_no_call_to_keycloak_and_no_error_line() {
        List<String> refused = List.of("garbage", "not.a.jwt", "a.b.c", "", "Bearer", forged(), forged() + "x",
                forged(KeycloakServer.url() + "/realms/elsewhere"), ForeignTokens.expired(), ForeignTokens.ofAnotherRealm(),
                ForeignTokens.resigned(Tokens.staff()));
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings").then().statusCode(200); // keys fetched, if ever
        List<LogRecord> errors = new ArrayList<>();
        Handler handler = errorsInto(errors);
        int before = KeycloakCallCounter.count();
        Logger.getLogger("").addHandler(handler);
        try {
            for (int round = 0; round < 3; round++) {
                for (String token : refused) {
                    given().header("Authorization", "Bearer " + token).get("/api/onboardings").then().statusCode(401);
                }
            }
        } finally {
            Logger.getLogger("").removeHandler(handler);
        }
        System.out.println("Keycloak calls seen by the counter: " + KeycloakCallCounter.calls());
        assertThat(KeycloakCallCounter.calls()).as("the gateway's OIDC client reaches Keycloak through the counter")
                .anyMatch(path -> path.startsWith("/realms/" + KeycloakServer.REALM + "/"));
        List<String> calls = KeycloakCallCounter.calls().subList(before, KeycloakCallCounter.count());
        assertThat(calls).as("Keycloak calls for " + 3 * refused.size() + " refused tokens (a key refresh for an unknown"
                + " key id is rate-limited: at most one)").allMatch(path -> path.endsWith("/protocol/openid-connect/certs"))
                .hasSizeLessThanOrEqualTo(1);
        assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
    }

    private static Handler errorsInto(List<LogRecord> errors) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void a_token_of_the_realm_without_the_gateway_audience_is_refused() {
        int before = KeycloakCallCounter.count();
        given().auth().oauth2(Tokens.wrongAudience()).get("/api/onboardings").then().statusCode(401);
        assertThat(KeycloakCallCounter.calls().subList(before, KeycloakCallCounter.count())).isEmpty();
    }

    @Test
    void a_token_for_the_gateway_needs_a_role_of_the_endpoint() {
        given().auth().oauth2(Tokens.withoutSuiteRole()).get("/api/onboardings").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings").then().statusCode(200);
    }

    /** A JWT with the realm's issuer and the gateway's audience, signed by nobody the realm knows. */
    static String forged() {
        return forged(KeycloakServer.realmUrl());
    }

    /** A JWT with this issuer and the gateway's audience, signed by nobody the realm knows. */
    static String forged(String issuer) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(("{\"iss\":\"" + issuer + "\",\"aud\":\"onboarding-gateway\","
                + "\"exp\":4102444800,\"realm_access\":{\"roles\":[\"admin\"]},\"preferred_username\":\"mallory\"}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + url.encodeToString(new byte[256]);
    }
}
