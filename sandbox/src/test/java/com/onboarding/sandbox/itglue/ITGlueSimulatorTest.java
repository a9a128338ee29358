package com.onboarding.sandbox.itglue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ITGlueSimulatorTest {

    private static final String JSON_API = "application/vnd.api+json";

    private static RequestSpecification api() {
        return given().header("x-api-key", "ITG.sandbox-key").accept(JSON_API);
    }

    private static long seedSiteSummary(String organization) {
        return given().contentType("application/json").body(Map.of("organization", organization))
                .post("/sandbox/itglue/site-summaries").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    @Test
    void a_wrong_api_key_is_refused() {
        given().header("x-api-key", "ITG.wrong").get("/itglue/organizations").then().statusCode(401)
                .body("errors[0].title", equalTo("Unauthorized"));
    }

    @Test
    void starts_with_geek_girls_it_and_the_site_summary_type_with_its_select_field() {
        api().queryParam("filter[name]", "Geek Girls IT").get("/itglue/organizations").then().statusCode(200)
                .body("data[0].attributes.name", equalTo("Geek Girls IT"));
        String typeId = api().queryParam("filter[name]", "Site Summary").get("/itglue/flexible_asset_types").then()
                .statusCode(200).extract().jsonPath().getString("data[0].id");
        JsonPath fields = api().get("/itglue/flexible_asset_types/" + typeId + "/relationships/flexible_asset_fields")
                .then().statusCode(200).extract().jsonPath();
        assertThat(fields.getList("data.attributes.name-key")).contains("type-of-managed-services", "site-name");
        assertThat(fields.getList("data.findAll { it.attributes.'name-key' == 'type-of-managed-services' }.attributes.kind"))
                .containsExactly("Select");
    }

    @Test
    void unknown_trait_keys_are_refused_with_a_json_api_422_and_nothing_changes() {
        long asset = seedSiteSummary("Label Keys " + UUID.randomUUID());
        api().contentType(JSON_API).body(Map.of("data", Map.of("type", "flexible-assets", "attributes",
                Map.of("traits", Map.of("site-name", "Office", "Type of Managed Services", "RMM Only")))))
                .patch("/itglue/flexible_assets/" + asset).then().statusCode(422)
                .body("errors[0].detail", containsString("invalid trait keys"));
        given().get("/sandbox/itglue/flexible-assets/" + asset).then().body("traits.internet-provider", equalTo("Metro Fiber"));
    }

    @Test
    void a_patch_replaces_every_trait_and_refuses_a_missing_required_one() {
        long asset = seedSiteSummary("Destructive " + UUID.randomUUID());
        api().contentType(JSON_API).body(Map.of("data", Map.of("type", "flexible-assets", "attributes",
                Map.of("traits", Map.of("type-of-managed-services", "RMM Only")))))
                .patch("/itglue/flexible_assets/" + asset).then().statusCode(422)
                .body("errors[0].detail", containsString("site-name"));
        api().contentType(JSON_API).body(Map.of("data", Map.of("type", "flexible-assets", "attributes",
                Map.of("traits", Map.of("site-name", "Office", "type-of-managed-services", "RMM Only")))))
                .patch("/itglue/flexible_assets/" + asset).then().statusCode(200);

        Map<String, Object> traits = given().get("/sandbox/itglue/flexible-assets/" + asset).then().extract().jsonPath()
                .getMap("traits");
        assertThat(traits).containsOnlyKeys("site-name", "type-of-managed-services");
    }

    @Test
    void documents_are_drafts_until_published_and_writes_are_recorded() {
        String organizationId = given().contentType("application/json").body(Map.of("name", "Docs " + UUID.randomUUID()))
                .post("/sandbox/itglue/organizations").then().extract().jsonPath().getString("id");
        String id = api().contentType(JSON_API).body(Map.of("data", Map.of("type", "documents", "attributes",
                Map.of("name", "Backup instructions"))))
                .post("/itglue/organizations/" + organizationId + "/relationships/documents").then().statusCode(201)
                .body("data.attributes.published", equalTo(false)).extract().jsonPath().getString("data.id");
        api().contentType(JSON_API).body(Map.of("data", Map.of("type", "document-sections", "attributes",
                Map.of("resource-type", "Document::Text", "content", "<p>Install the agent.</p>"))))
                .post("/itglue/documents/" + id + "/relationships/sections").then().statusCode(201);
        api().contentType(JSON_API).body("{}").patch("/itglue/documents/" + id + "/publish").then().statusCode(200)
                .body("data.attributes.published", equalTo(true));

        List<String> operations = given().queryParam("api", "it-glue").get("/sandbox/record").then().extract().jsonPath()
                .getList("findAll { it.target.contains('" + id + "') || it.details.documentId == " + id + " }.operation");
        assertThat(operations).containsExactly("create-document", "create-document-section", "publish-document");
    }

    @Test
    void a_write_that_is_not_json_api_is_refused() {
        long asset = seedSiteSummary("Media " + UUID.randomUUID());
        api().contentType("application/json").body(Map.of("data", Map.of("type", "flexible-assets")))
                .patch("/itglue/flexible_assets/" + asset).then().statusCode(415);
    }
}
