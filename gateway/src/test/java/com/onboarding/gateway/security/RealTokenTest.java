package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;

import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway accepts real tokens of the test Keycloak and maps its realm roles. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakServer.class)
class RealTokenTest {

    @Test
    void a_real_staff_token_reads_onboardings_an_operator_token_cannot_start_one_and_no_token_is_refused() {
        given().auth().oauth2(KeycloakServer.token("stella", "stella")).get("/api/onboardings").then().statusCode(200);
        given().auth().oauth2(KeycloakServer.token("oscar", "oscar")).contentType("application/json").body(Map.of())
                .post("/api/onboardings").then().statusCode(403);
        given().get("/api/onboardings").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/onboardings").then().statusCode(401);
    }
}
