package com.onboarding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The web page's own endpoints and files (the browser test logs in for real: WebPageBrowserTest). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakServer.class)
class WebPageTest {

    @Test
    void the_page_learns_where_to_log_in_without_a_token() {
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().get("/api/web-config").then().statusCode(200)
                .body("keycloakUrl", equalTo(realmUrl.substring(0, realmUrl.indexOf("/realms/"))))
                .body("realm", equalTo("onboarding"))
                .body("clientId", equalTo("onboarding-web"));
    }

    @Test
    void the_page_its_scripts_and_the_keycloak_adapter_are_served() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/lib/keycloak-js/keycloak.js")).body(containsString("/js/app.js"));
        given().get("/lib/keycloak-js/keycloak.js").then().statusCode(200).body(containsString("pkceMethod"));
        for (String file : List.of("/js/app.js", "/js/auth.js", "/js/api.js", "/js/sse.js", "/js/dom.js", "/js/format.js",
                "/js/views/board.js", "/js/views/onboarding.js", "/js/views/operations.js", "/css/app.css")) {
            given().get(file).then().statusCode(200);
        }
    }

    @Test
    void without_a_token_who_am_i_and_the_board_answer_401() {
        given().get("/api/me").then().statusCode(401);
        given().get("/api/board").then().statusCode(401);
        given().get("/api/board/x").then().statusCode(401);
    }

    @Test
    void who_am_i_names_the_user_and_the_realm_roles_of_a_real_token() {
        given().auth().oauth2(KeycloakServer.token("stella")).get("/api/me").then().statusCode(200)
                .body("user", equalTo("stella")).body("roles", hasItem("staff")).body("roles", not(hasItem("operator")));
        given().auth().oauth2(KeycloakServer.token("ada")).get("/api/me").then().statusCode(200)
                .body("user", equalTo("ada")).body("roles", hasItems("staff", "operator", "admin"));
    }

    @Test
    void the_asyncapi_document_of_the_topics_is_open_like_the_openapi_one() {
        given().get("/asyncapi").then().statusCode(200).body("asyncapi", equalTo("3.0.0"))
                .body("channels.StepChanged.address", equalTo("onboarding.step-changed"));
    }

    @Test
    void the_board_shows_each_onboarding_with_its_services_and_progress() {
        String onboarding = StaffApiTest.signedOnboarding();
        RequestSpecification oscar = given().auth().oauth2(KeycloakServer.token("oscar"));

        oscar.get("/api/board?customer=geek girls").then().statusCode(200)
                .body("id", hasItem(onboarding))
                .body("find { it.id == '" + onboarding + "' }.services", equalTo(List.of("Tier 2 RMM (workstation)", "Cloud Backup")))
                .body("find { it.id == '" + onboarding + "' }.customerKind", equalTo("BUSINESS"))
                .body("find { it.id == '" + onboarding + "' }.stepsTotal", equalTo(GatewaySteps.TOTAL));
        oscar.get("/api/board/" + onboarding).then().statusCode(200)
                .body("accountName", equalTo("Geek Girls IT")).body("services", hasItem("Cloud Backup"));
        oscar.get("/api/board/no-such").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "nobody", roles = "guest") // the realm has no user without a suite role
    void a_login_without_a_suite_role_may_ask_who_it_is_but_not_see_the_board() {
        given().get("/api/me").then().statusCode(200).body("user", equalTo("nobody"));
        given().get("/api/board").then().statusCode(403);
    }
}
