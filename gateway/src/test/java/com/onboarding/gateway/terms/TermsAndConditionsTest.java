package com.onboarding.gateway.terms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.clients.http.Rejected;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.gateway.Envelopes;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.intake.ConnectSignature;
import com.onboarding.gateway.intake.TermsReaderTest;
import com.onboarding.gateway.security.Tokens;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The T&C wait path end to end against the sandbox's DocuSign eSignature and Connect simulators. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class TermsAndConditionsTest {

    static final String KEY = "sandbox-connect-key";

    @Inject
    DocuSignClient docuSign;

    static Map<String, String> fields(String account) {
        Map<String, String> fields = TermsReaderTest.complete();
        fields.put("AccountName", account);
        return fields;
    }

    static int deliver(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .header("X-DocuSign-Signature-1", ConnectSignature.sign(body.getBytes(StandardCharsets.UTF_8), KEY))
                .post("/docusign/connect").then().extract().statusCode();
    }

    static List<JsonNode> termsEnvelopesFor(String onboarding) {
        List<JsonNode> found = new ArrayList<>();
        Sandbox.call("GET", "/sandbox/docusign/envelopes", null).forEach(envelope -> {
            if (onboarding.equals(envelope.path("customFields").path("OnboardingId").asText())) {
                found.add(envelope);
            }
        });
        return found;
    }

    @Test
    void without_terms_and_conditions_on_file_the_envelope_is_sent_to_the_customers_signer_and_its_completion_releases_the_contract() {
        String account = "Harbour Bakery " + UUID.randomUUID().toString().substring(0, 8);
        String contract = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completedWithSigner(contract, fields(account), "Hannah Baker", "hannah@harbourbakery.example")))
                .isEqualTo(200);

        // held: the T&C envelope goes out through the eSignature API, to the customer's signer, from the T&C template
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> contract.equals(r.key())
                && r.value().contains(GatewaySteps.TERMS_AND_CONDITIONS) && r.value().contains("was sent to Hannah Baker")),
                Duration.ofSeconds(60));
        List<JsonNode> sent = termsEnvelopesFor(contract);
        assertThat(sent).hasSize(1);
        JsonNode envelope = sent.get(0);
        assertThat(envelope.path("templateId").asText()).isEqualTo("tc-general-consulting");
        assertThat(envelope.path("signerEmail").asText()).isEqualTo("hannah@harbourbakery.example");
        assertThat(envelope.path("status").asText()).isEqualTo("sent");
        await().atMost(Duration.ofSeconds(30)).until(() -> String.valueOf((Object) given().auth().oauth2(Tokens.staff())
                .get("/api/onboardings/" + contract).then().extract()
                .path("checklist.find { it.step == 'intake.terms-and-conditions' }.message"))
                .contains(envelope.path("envelopeId").asText()));
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + contract).then().statusCode(200)
                .body("checklist.find { it.step == 'intake.terms-and-conditions' }.status", org.hamcrest.Matchers.equalTo("WAITING_FOR_PERSON"))
                .body("checklist.find { it.step == 'intake.terms-and-conditions' }.message", containsString(envelope.path("envelopeId").asText()));
        assertThat(EventBus.awaitRecords(Topics.CONTRACT_SIGNED, all -> false, Duration.ofSeconds(1), true))
                .noneMatch(r -> contract.equals(r.key()));

        // the customer signs: DocuSign Connect tells the gateway (HMAC-signed), the T&C is on file, the contract goes on
        String gatewayConnect = "http://localhost:" + RestAssured.port + "/docusign/connect";
        JsonNode completed = Sandbox.call("POST", "/sandbox/docusign/envelopes/" + envelope.path("envelopeId").asText()
                + "/complete?connectUrl=" + URLEncoder.encode(gatewayConnect, StandardCharsets.UTF_8), null);
        assertThat(completed.path("deliveryStatus").asInt()).isEqualTo(200);
        EventBus.awaitStep(contract, GatewaySteps.TERMS_AND_CONDITIONS, StepStatus.DONE);
        assertThat(EventBus.awaitEvents(ContractSigned.class, contract, 1).get(0).terms().accountName()).isEqualTo(account);

        // Connect delivers the completion again: nothing new
        assertThat(deliver(completed.path("connectMessage").asText())).isEqualTo(200);
        assertThat(EventBus.awaitRecords(Topics.CONTRACT_SIGNED, all -> false, Duration.ofSeconds(2), true).stream()
                .filter(r -> contract.equals(r.key())).count()).isEqualTo(1);

        // the customer's next contract finds the T&C on file: no envelope, straight on
        String next = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completedWithSigner(next, fields(account), "Hannah Baker", "hannah@harbourbakery.example")))
                .isEqualTo(200);
        EventBus.awaitEvents(ContractSigned.class, next, 1);
        assertThat(termsEnvelopesFor(next)).isEmpty();
    }

    @Test
    void an_existing_customer_whose_completed_tc_envelope_docusign_finds_gets_no_new_envelope() {
        String account = "Joe's Diner " + UUID.randomUUID().toString().substring(0, 8);
        // signed years ago, before the suite: found through the envelope search by the signer's address
        Sandbox.call("POST", "/sandbox/docusign/envelopes", Map.of("templateId", "tc-general-consulting",
                "signerName", "Joe Diner", "signerEmail", "Joe@JoesDiner.example", "customFields", Map.of(),
                "completedDateTime", "2023-03-14T15:00:00Z"));
        // the same signer's envelope of another template is no T&C
        Sandbox.call("POST", "/sandbox/docusign/envelopes", Map.of("templateId", "msa-quote",
                "signerName", "Joe Diner", "signerEmail", "joe@joesdiner.example", "customFields", Map.of()));
        String contract = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completedWithSigner(contract, fields(account), "Joe Diner", "joe@joesdiner.example")))
                .isEqualTo(200);

        EventBus.awaitEvents(ContractSigned.class, contract, 1);
        assertThat(termsEnvelopesFor(contract)).as("no T&C envelope sent").isEmpty();
        checklistShows(contract, "DONE");
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + contract).then().statusCode(200)
                .body("checklist.find { it.step == 'intake.terms-and-conditions' }.status", org.hamcrest.Matchers.equalTo("DONE"))
                .body("checklist.find { it.step == 'intake.terms-and-conditions' }.message",
                        containsString("completed DocuSign envelope"));
        given().auth().oauth2(Tokens.staff()).get("/api/customers/{name}", account).then().statusCode(200)
                .body("termsOnFile", org.hamcrest.Matchers.equalTo(true))
                .body("termsRecord.source", org.hamcrest.Matchers.equalTo("docusign-search"));
    }

    @Test
    void a_customer_whose_autotask_company_field_says_tc_signed_goes_straight_on_and_one_that_says_no_is_sent_the_envelope() {
        String signed = "Smith & Sons " + UUID.randomUUID().toString().substring(0, 8);
        Sandbox.seedAutotask("Companies", Map.of("companyName", signed, "companyType", 1,
                "userDefinedFields", List.of(Map.of("name", "Consulting T&C Signed", "value", "1"))));
        String contract = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completedWithSigner(contract, fields(signed), "Sam Smith", "sam@smithandsons.example")))
                .isEqualTo(200);
        EventBus.awaitEvents(ContractSigned.class, contract, 1);
        assertThat(termsEnvelopesFor(contract)).isEmpty();
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + contract).then()
                .body("checklist.find { it.step == 'intake.terms-and-conditions' }.message",
                        containsString("field 'Consulting T&C Signed' = Yes"));

        String notSigned = "Smith & Daughters " + UUID.randomUUID().toString().substring(0, 8);
        Sandbox.seedAutotask("Companies", Map.of("companyName", notSigned, "companyType", 1,
                "userDefinedFields", List.of(Map.of("name", "Consulting T&C Signed", "value", "2"))));
        String other = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completedWithSigner(other, fields(notSigned), "Dana Smith", "dana@smithanddaughters.example")))
                .isEqualTo(200);
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> other.equals(r.key())
                && r.value().contains("was sent to Dana Smith")), Duration.ofSeconds(60));
        assertThat(termsEnvelopesFor(other)).singleElement().satisfies(envelope ->
                assertThat(envelope.path("customFields").path("AccountName").asText()).isEqualTo(notSigned));
    }

    @Test
    void a_tc_signed_on_paper_is_recorded_with_who_and_the_evidence() {
        String account = "Paper Mill " + UUID.randomUUID().toString().substring(0, 8);
        String contract = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completed(contract, fields(account)))).isEqualTo(200);
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> contract.equals(r.key())
                && r.value().contains("WAITING_FOR_PERSON") && r.value().contains("CustomerSignerEmail")), Duration.ofSeconds(60));
        given().auth().oauth2(Tokens.staff()).contentType("application/json")
                .body(Map.of("note", "Signed on paper 2026-11-30; scanned into SharePoint Contracts/Paper Mill"))
                .post("/api/onboardings/" + contract + "/steps/intake.terms-and-conditions/confirm").then().statusCode(202);
        EventBus.awaitEvents(ContractSigned.class, contract, 1);
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + contract).then()
                .body("checklist.find { it.step == 'intake.terms-and-conditions' }.message",
                        containsString("scanned into SharePoint Contracts/Paper Mill"));
        given().auth().oauth2(Tokens.staff()).get("/api/customers/{name}", account).then().statusCode(200)
                .body("termsRecord.source", org.hamcrest.Matchers.equalTo("staff"))
                .body("termsRecord.evidence", containsString("Signed on paper 2026-11-30"))
                .body("termsRecord.recordedBy", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void an_envelope_docusign_refuses_needs_attention_until_staff_correct_the_signer_and_is_then_sent() {
        String contract = UUID.randomUUID().toString();
        String account = "Corner Shop " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(deliver(Envelopes.completedWithSigner(contract, fields(account), "Carl Corner", "carl@cornershop"))).isEqualTo(200);
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> contract.equals(r.key())
                && r.value().contains("NEEDS_ATTENTION") && r.value().contains("INVALID_EMAIL_ADDRESS_FOR_RECIPIENT")),
                Duration.ofSeconds(60));
        assertThat(termsEnvelopesFor(contract)).isEmpty();
        checklistShows(contract, "NEEDS_ATTENTION");

        // retrying without a correction: sent again, refused again
        given().auth().oauth2(Tokens.staff()).post("/api/onboardings/" + contract + "/steps/intake.terms-and-conditions/retry")
                .then().statusCode(202);
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().filter(r -> contract.equals(r.key())
                && r.value().contains("NEEDS_ATTENTION")).count() >= 2, Duration.ofSeconds(60));
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/audit?onboarding=" + contract).then()
                .body("result", org.hamcrest.Matchers.hasItem(containsString("T&C envelope to be sent again")));

        given().auth().oauth2(Tokens.staff()).contentType("application/json")
                .body(Map.of("CustomerSignerEmail", "carl@cornershop.example"))
                .post("/api/onboardings/" + contract + "/terms").then().statusCode(200);

        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> contract.equals(r.key())
                && r.value().contains("was sent to Carl Corner <carl@cornershop.example>")), Duration.ofSeconds(60));
        assertThat(termsEnvelopesFor(contract)).singleElement()
                .satisfies(envelope -> assertThat(envelope.path("signerEmail").asText()).isEqualTo("carl@cornershop.example"));
    }

    /** The staff page offers a retry once its checklist shows the step's status (the projection of StepChanged). */
    private static void checklistShows(String onboarding, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().auth().oauth2(Tokens.staff())
                .get("/api/onboardings/" + onboarding).then().extract()
                .path("checklist.find { it.step == '" + GatewaySteps.TERMS_AND_CONDITIONS + "' }.status")));
    }

    @Test
    void docusign_unavailable_for_a_moment_is_retried_and_one_envelope_is_sent() {
        Sandbox.fault(Map.of("pathContains", "/docusign/restapi", "method", "POST", "status", 503, "retryAfterSeconds", 1, "times", 1));
        Sandbox.fault(Map.of("pathContains", "/docusign/restapi", "method", "GET", "status", 429, "retryAfterSeconds", 1, "times", 1));
        String contract = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completedWithSigner(contract, fields("Busy Day Cafe " + UUID.randomUUID()), "Dora Day",
                "dora@busyday.example"))).isEqualTo(200);
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> contract.equals(r.key())
                && r.value().contains("was sent to Dora Day")), Duration.ofSeconds(60));
        assertThat(termsEnvelopesFor(contract)).hasSize(1);
        Sandbox.clearFaults();
    }

    @Test
    void a_contract_that_names_no_customer_signer_waits_with_what_to_add() {
        String contract = UUID.randomUUID().toString();
        assertThat(deliver(Envelopes.completed(contract, fields("Signerless Ltd " + UUID.randomUUID())))).isEqualTo(200);
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> contract.equals(r.key())
                && r.value().contains("WAITING_FOR_PERSON") && r.value().contains("CustomerSignerEmail")), Duration.ofSeconds(60));
        assertThat(termsEnvelopesFor(contract)).isEmpty();
    }

    @Test
    void docusign_refuses_an_unknown_template_and_a_signer_without_an_email_address() {
        assertThatThrownBy(() -> docuSign.sendFromTemplate("no-such-template", "Hannah Baker", "hannah@harbourbakery.example", Map.of()))
                .isInstanceOf(Rejected.class).hasMessageContaining("TEMPLATE_ID_INVALID");
        assertThatThrownBy(() -> docuSign.sendFromTemplate("tc-general-consulting", "Hannah Baker", "", Map.of()))
                .isInstanceOf(Rejected.class).hasMessageContaining("INVALID_EMAIL_ADDRESS_FOR_RECIPIENT");
    }
}
