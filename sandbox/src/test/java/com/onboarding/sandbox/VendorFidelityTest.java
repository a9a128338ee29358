package com.onboarding.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The simulators answer and refuse as the vendors' published definitions say (Autotask's swagger, Graph v1.0, IT
 * Glue's API documentation), and the sandbox logs every request with the onboarding it was made for.
 */
@QuarkusTest
class VendorFidelityTest {

    private static final String AUTOTASK = "/autotask/atservicesrest/V1.0";

    private static RequestSpecification autotask() {
        return given().contentType("application/json").header("ApiIntegrationCode", "SANDBOXTRACKINGID0000000001")
                .header("UserName", "api-user@sandbox.example").header("Secret", "sandbox-secret");
    }

    private static long company() {
        return given().contentType("application/json").body(Map.of("companyName", "Fidelity " + UUID.randomUUID(),
                "companyType", 1, "phone", "212-555-0101", "ownerResourceID", 29682886)).post("/sandbox/autotask/Companies")
                .then().statusCode(200).extract().jsonPath().getLong("itemId");
    }

    private static Map<String, Object> contract(long company, Object timeReporting) {
        return Map.of("companyID", company, "contractName", "Managed Services", "contractType", 7,
                "contractPeriodType", 1, "status", 1, "startDate", "2026-12-01T00:00:00", "endDate", "2027-11-30T00:00:00",
                "timeReportingRequiresStartAndStopTimes", timeReporting);
    }

    @Test
    void a_contract_takes_time_reporting_as_the_integer_autotask_defines_and_refuses_a_boolean() {
        long company = company();
        autotask().body(contract(company, false)).post(AUTOTASK + "/Contracts").then().statusCode(500)
                .body("errors[0]", containsString("timeReportingRequiresStartAndStopTimes must be 1 or 0"));
        autotask().body(contract(company, 0)).post(AUTOTASK + "/Contracts").then().statusCode(200);
    }

    @Test
    void a_contract_service_has_the_adjustments_price_as_unit_price_and_no_adjusted_price() {
        long company = company();
        long contract = autotask().body(contract(company, 0)).post(AUTOTASK + "/Contracts").then().statusCode(200)
                .extract().jsonPath().getLong("itemId");
        autotask().body(Map.of("serviceID", 102, "effectiveDate", "2026-12-09T00:00:00", "unitChange", 3,
                "adjustedUnitPrice", 150.00)).post(AUTOTASK + "/Contracts/" + contract + "/ServiceAdjustments")
                .then().statusCode(200);
        JsonPath services = autotask().body(Map.of("filter", List.of(Map.of("op", "eq", "field", "contractID",
                "value", contract)))).post(AUTOTASK + "/ContractServices/query").then().statusCode(200).extract().jsonPath();
        assertThat(services.getDouble("items[0].unitPrice")).isEqualTo(150.00);
        assertThat(services.getMap("items[0]")).doesNotContainKey("adjustedPrice");
    }

    @Test
    void a_resource_has_its_default_service_desk_role_and_a_udf_definition_its_type() {
        autotask().get(AUTOTASK + "/Resources/29682885").then().statusCode(200)
                .body("item.defaultServiceDeskRoleID", equalTo(29683400)).body("item.defaultRoleID", nullValue());
        autotask().get(AUTOTASK + "/Companies/entityInformation/userDefinedFields").then().statusCode(200)
                .body("fields.find { it.name == 'Help Desk Support Type' }.type", equalTo("string"))
                .body("fields.find { it.name == 'Help Desk Support Type' }.dataType", nullValue());
    }

    @Test
    void graph_answers_a_content_download_with_302_to_a_url_that_takes_no_bearer_token() {
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "sandbox-graph-client")
                .formParam("client_secret", "sandbox-graph-secret").formParam("scope", "https://graph.microsoft.com/.default")
                .post("/graph-login/sandbox-tenant/oauth2/v2.0/token").then().statusCode(200).extract().path("access_token");
        String path = "fidelity/" + UUID.randomUUID() + ".txt";
        JsonPath file = given().contentType("application/json").body(Map.of("hostname", "geekgirlsit.sharepoint.com",
                "site", "sites/ITTeam", "drive", "Documents", "path", path, "content", "the bytes"))
                .post("/sandbox/graph/files").then().statusCode(200).extract().jsonPath();

        Response redirect = given().redirects().follow(false).header("Authorization", "Bearer " + token)
                .get("/graph/v1.0/drives/" + file.getString("driveId") + "/items/" + file.getString("id") + "/content");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.header("Location");
        assertThat(location).contains("/graph-download/");

        given().redirects().follow(false).header("Authorization", "Bearer " + token).get(location).then().statusCode(401);
        assertThat(given().redirects().follow(false).get(location).then().statusCode(200).extract().asString())
                .isEqualTo("the bytes");
    }

    @Test
    void it_glue_lists_root_documents_by_default_and_a_folders_documents_by_document_folder_id_only() {
        RequestSpecification itGlue = given().header("x-api-key", "ITG.sandbox-key").accept("application/vnd.api+json");
        long organization = Long.parseLong(itGlue.queryParam("filter[name]", "Geek Girls IT").get("/itglue/organizations")
                .then().statusCode(200).extract().jsonPath().getString("data[0].id"));
        String name = "Fidelity " + UUID.randomUUID();
        long document = Long.parseLong(given().header("x-api-key", "ITG.sandbox-key").contentType("application/vnd.api+json")
                .body(Map.of("data", Map.of("type", "documents", "attributes", Map.of("name", name))))
                .post("/itglue/organizations/" + organization + "/relationships/documents").then().statusCode(201)
                .extract().jsonPath().getString("data.id"));
        String documents = "/itglue/organizations/" + organization + "/relationships/documents";
        RequestSpecification read = given().header("x-api-key", "ITG.sandbox-key").accept("application/vnd.api+json");
        assertThat(read.get(documents).then().statusCode(200).extract().jsonPath().getList("data.attributes.name"))
                .contains(name);

        given().contentType("application/json").body(Map.of("folderId", 77)).post("/sandbox/itglue/documents/" + document + "/folder")
                .then().statusCode(200);

        assertThat(read.get(documents).then().extract().jsonPath().getList("data.attributes.name"))
                .as("only root-level documents without a folder filter").doesNotContain(name);
        assertThat(read.queryParam("filter[name]", name).get(documents).then().extract().jsonPath()
                .getList("data.attributes.name")).as("filter[name] is not IT Glue's: ignored").doesNotContain(name);
        assertThat(given().header("x-api-key", "ITG.sandbox-key").queryParam("filter[document_folder_id]", 77).get(documents)
                .then().statusCode(200).extract().jsonPath().getList("data.attributes.name")).containsExactly(name);
    }

    @Test
    void every_request_is_logged_with_its_body_status_and_onboarding_and_counted_per_onboarding() {
        String onboarding = "fidelity-" + UUID.randomUUID();
        autotask().header("X-Onboarding-Id", onboarding).body(Map.of("filter", List.of(Map.of("op", "eq", "field", "id",
                "value", 174)))).post(AUTOTASK + "/Companies/query").then().statusCode(200);
        autotask().header("X-Onboarding-Id", onboarding).get(AUTOTASK + "/Resources/29682885").then().statusCode(200);

        JsonPath log = RestAssured.get("/sandbox/requests?api=autotask&onboarding=" + onboarding).then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getList("method")).containsExactly("POST", "GET");

        assertThat(log.getString("[0].path")).isEqualTo(AUTOTASK + "/Companies/query");
        assertThat(log.getString("[0].body.filter[0].field")).isEqualTo("id");
        assertThat(log.getList("status")).containsExactly(200, 200);
        autotask().header("X-Onboarding-Id", onboarding).get(AUTOTASK + "/Resources/29682885").then().statusCode(200);
        JsonPath counts = RestAssured.get("/sandbox/requests/counts?api=autotask").then().statusCode(200).extract().jsonPath();
        assertThat(counts.getInt("'" + onboarding + "'.calls")).isEqualTo(3);
        assertThat(counts.getInt("'" + onboarding + "'.unchangedRereads")).as("the same read, the same answer").isEqualTo(1);
        assertThat(counts.getInt("'" + onboarding + "'.counted")).isEqualTo(2);
    }
}
