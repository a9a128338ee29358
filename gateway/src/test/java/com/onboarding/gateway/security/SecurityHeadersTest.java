package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer of the application port carries the browser security headers: the page, its scripts, API answers, refusals. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class SecurityHeadersTest {

    @Test
    void the_page_its_scripts_and_every_api_answer_carry_the_headers() {
        for (String path : List.of("/", "/js/app.js", "/api/web-config", "/api/onboardings", "/no-such-page")) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self' " + origin()))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    static String origin() {
        java.net.URI keycloak = java.net.URI.create(KeycloakServer.url());
        return keycloak.getScheme() + "://" + keycloak.getAuthority();
    }
}
