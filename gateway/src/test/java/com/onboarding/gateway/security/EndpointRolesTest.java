package com.onboarding.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the staff and operators' API with real Keycloak tokens: no token 401, a token without one of
 * its roles 403, each of its roles gets past security (the answer is then the endpoint's own: 200, 202, 404, 409...).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class EndpointRolesTest {

    static final Set<String> ALL = Set.of("staff", "operator", "admin");
    static final Set<String> STAFF = Set.of("staff", "admin");
    static final Set<String> OPERATORS = Set.of("operator", "admin");
    static final Set<String> ADMIN = Set.of("admin");

    record Endpoint(String method, String path, String body, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/onboardings", null, ALL),
            new Endpoint("GET", "/api/onboardings/no-such", null, ALL),
            new Endpoint("GET", "/api/onboardings/audit", null, ALL),
            new Endpoint("GET", "/api/needs-me", null, ALL),
            new Endpoint("GET", "/api/customers/no-such", null, ALL),
            new Endpoint("POST", "/api/onboardings", "{}", STAFF),
            new Endpoint("POST", "/api/onboardings/no-such/terms", "{}", STAFF),
            new Endpoint("POST", "/api/onboardings/no-such/terms-and-conditions", null, STAFF),
            new Endpoint("POST", "/api/onboardings/no-such/rmm-setup", "{\"serviceStart\":\"2026-12-09\",\"note\":\"agent on every PC\"}", STAFF),
            new Endpoint("PUT", "/api/onboardings/no-such/go-live", "{\"goLiveDate\":\"2026-12-15\"}", STAFF),
            new Endpoint("POST", "/api/onboardings/no-such/steps/contract.services/retry", null, STAFF),
            new Endpoint("POST", "/api/onboardings/no-such/steps/reports.autotask/confirm", "{\"ticketNumber\":\"T20261201.0001\"}", STAFF),
            new Endpoint("POST", "/api/onboardings/no-such/steps/reports.autotask/skip", "{\"reason\":\"no reports wanted\"}", ADMIN),
            new Endpoint("GET", "/api/operations/dead-letters", null, OPERATORS),
            new Endpoint("POST", "/api/operations/dead-letters/onboarding.dead-letter.none/0/0/replay", null, OPERATORS));

    static final List<Endpoint> STREAMS = List.of(
            new Endpoint("GET", "/api/onboardings/changes", null, ALL),
            new Endpoint("GET", "/api/operations/events", null, OPERATORS));

    @Test
    void without_a_token_every_endpoint_answers_401() {
        for (Endpoint endpoint : ENDPOINTS) {
            assertThat(call(given(), endpoint)).as(endpoint.toString()).isEqualTo(401);
        }
        for (Endpoint stream : STREAMS) {
            try (SseStream sse = SseStream.open(stream.path(), null)) {
                assertThat(sse.status()).as(stream.toString()).isEqualTo(401);
            }
        }
    }

    @Test
    void a_token_without_the_endpoints_role_gets_403() {
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : List.of("staff", "operator", "none")) {
                if (!endpoint.roles().contains(role)) {
                    assertThat(call(given().auth().oauth2(Tokens.of(role)), endpoint)).as(endpoint + " as " + role).isEqualTo(403);
                }
            }
        }
        for (Endpoint stream : STREAMS) {
            for (String role : List.of("staff", "operator", "none")) {
                if (!stream.roles().contains(role)) {
                    try (SseStream sse = SseStream.open(stream.path(), Tokens.of(role))) {
                        assertThat(sse.status()).as(stream + " as " + role).isEqualTo(403);
                    }
                }
            }
        }
    }

    @Test
    void each_of_the_endpoints_roles_gets_past_security() {
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : endpoint.roles()) {
                assertThat(call(given().auth().oauth2(Tokens.of(role)), endpoint)).as(endpoint + " as " + role)
                        .isNotIn(401, 403).isLessThan(500);
            }
        }
        for (Endpoint stream : STREAMS) {
            for (String role : stream.roles()) {
                try (SseStream sse = SseStream.open(stream.path(), Tokens.of(role))) {
                    assertThat(sse.status()).as(stream + " as " + role).isEqualTo(200);
                }
            }
        }
    }

    private static int call(RequestSpecification request, Endpoint endpoint) {
        if (endpoint.body() != null) {
            request = request.contentType("application/json").body(endpoint.body());
        }
        return request.request(endpoint.method(), endpoint.path()).then().extract().statusCode();
    }
}
