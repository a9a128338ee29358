package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
 * a garbage or forged token is refused locally, without an introspection call or an ERROR line.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class TokenRulesTest {

    @Test
    void garbage_and_forged_tokens_are_refused_without_an_error_line() {
        List<LogRecord> errors = new ArrayList<>();
        Handler handler = new Handler() {
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
        Logger.getLogger("").addHandler(handler);
        try {
            for (String token : List.of("garbage", "not.a.jwt", "a.b.c", forged(), forged() + "x")) {
                given().auth().oauth2(token).get("/api/onboardings").then().statusCode(401);
            }
        } finally {
            Logger.getLogger("").removeHandler(handler);
        }
        assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void a_token_of_the_realm_without_the_gateway_audience_is_refused() {
        given().auth().oauth2(Tokens.wrongAudience()).get("/api/onboardings").then().statusCode(401);
    }

    @Test
    void a_token_for_the_gateway_needs_a_role_of_the_endpoint() {
        given().auth().oauth2(Tokens.withoutSuiteRole()).get("/api/onboardings").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings").then().statusCode(200);
    }

    /** A JWT with the realm's issuer and the gateway's audience, signed by nobody the realm knows. */
    static String forged() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(("{\"iss\":\"" + KeycloakServer.realmUrl() + "\",\"aud\":\"onboarding-gateway\","
                + "\"exp\":4102444800,\"realm_access\":{\"roles\":[\"admin\"]},\"preferred_username\":\"mallory\"}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + url.encodeToString(new byte[256]);
    }
}
