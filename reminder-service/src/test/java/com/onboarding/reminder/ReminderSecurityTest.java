package com.onboarding.reminder;

import static io.restassured.RestAssured.given;

import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The legacy command file (customers' e-mail addresses) × no token, garbage, wrong audience, wrong role, right role. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reminder"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class ReminderSecurityTest {

    static final String FILE = "/reminders/legacy-command-file";

    @Test
    void the_legacy_command_file_needs_a_staff_token_meant_for_the_suite() {
        given().get(FILE).then().statusCode(401);
        given().auth().oauth2("garbage").get(FILE).then().statusCode(401);
        String serviceToken = given().formParam("grant_type", "client_credentials").formParam("client_id", "contract-service")
                .formParam("client_secret", "contract-service-secret")
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(serviceToken).get(FILE).then().statusCode(401);
        given().auth().oauth2(KeycloakServer.token("nora", "nora")).get(FILE).then().statusCode(403);
        given().auth().oauth2(KeycloakServer.token("oscar", "oscar")).get(FILE).then().statusCode(403);
        given().auth().oauth2(KeycloakServer.token("stella", "stella")).get(FILE).then().statusCode(200);
    }
}
