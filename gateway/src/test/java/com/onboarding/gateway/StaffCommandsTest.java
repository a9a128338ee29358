package com.onboarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.gateway.security.Tokens;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three commands on a step: retry, confirm with evidence, skip with a reason; each refused where it does not apply. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class StaffCommandsTest {

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static void awaitStatus(String onboarding, String step, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(given().auth().oauth2(Tokens.staff())
                .get("/api/onboardings/" + onboarding).then().extract().path("checklist.find { it.step == '" + step + "' }.status")));
    }

    private static String waitingSchedule() {
        String onboarding = StaffApiTest.signedOnboarding();
        EventBus.send(StepChanged.of(onboarding, "reports.autotask", "reporting-service", StepStatus.WAITING_FOR_PERSON, 1,
                "Autotask ticket 9001 asks a technician to set up the schedule"));
        awaitStatus(onboarding, "reports.autotask", "WAITING_FOR_PERSON");
        return onboarding;
    }

    @Test
    void a_step_waiting_for_a_person_is_confirmed_with_evidence_and_the_checklist_shows_who_and_what_to_do() {
        String onboarding = waitingSchedule();
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + onboarding).then().statusCode(200)
                .body("checklist.find { it.step == 'reports.autotask' }.actions", hasItems("CONFIRM", "SKIP"))
                .body("checklist.find { it.step == 'reports.autotask' }.actions", not(hasItem("RETRY")))
                .body("checklist.find { it.step == 'reports.autotask' }.instruction", containsString("Schedule the Autotask live report"))
                .body("checklist.find { it.step == 'contract.recurring' }.actions", not(hasItem("CONFIRM")));

        as(Tokens.staff()).body(Map.of("ticketNumber", "T20261201.0042", "note", "Live report scheduled for the 1st"))
                .post("/api/onboardings/" + onboarding + "/steps/reports.autotask/confirm").then().statusCode(202);

        StepConfirmed confirmed = EventBus.awaitEvents(StepConfirmed.class, onboarding, 1).get(0);
        assertThat(confirmed.step()).isEqualTo("reports.autotask");
        assertThat(confirmed.confirmedBy()).isEqualTo("stella");
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(confirmed.ticketNumber()).isEqualTo("T20261201.0042");
        assertThat(confirmed.note()).isEqualTo("Live report scheduled for the 1st");
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + onboarding).then()
                .body("personActions.action", hasItem("confirm-step"))
                .body("personActions.actor", hasItem("stella"))
                .body("personActions.detail", hasItem("reports.autotask: ticket T20261201.0042; note \"Live report scheduled for the 1st\""));
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/audit?onboarding=" + onboarding).then()
                .body("action", hasItem("confirm-step")).body("action", not(hasItem("retry-step")));
    }

    @Test
    void a_confirm_without_valid_evidence_is_refused_422_and_of_a_step_not_waiting_for_a_person_409() {
        String onboarding = waitingSchedule();
        as(Tokens.staff()).body(Map.of()).post("/api/onboardings/" + onboarding + "/steps/reports.autotask/confirm")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("Evidence is required"));
        as(Tokens.staff()).body(Map.of("ticketNumber", "12345")).post("/api/onboardings/" + onboarding + "/steps/reports.autotask/confirm")
                .then().statusCode(422).body("detail", containsString("not an Autotask ticket number"));
        as(Tokens.staff()).body(Map.of("note", "done")).post("/api/onboardings/" + onboarding + "/steps/contract.recurring/confirm")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("not waiting for a person"));
        as(Tokens.staff()).body(Map.of("note", "done")).post("/api/onboardings/" + onboarding + "/steps/no.such-step/confirm")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/audit?onboarding=" + onboarding).then()
                .body("action", not(hasItem("confirm-step")));
    }

    @Test
    void a_retry_is_refused_unless_the_step_failed_or_needs_attention() {
        String onboarding = waitingSchedule();
        given().auth().oauth2(Tokens.staff()).post("/api/onboardings/" + onboarding + "/steps/reports.autotask/retry")
                .then().statusCode(409).body("detail", containsString("only a FAILED or NEEDS_ATTENTION step can be retried"));
        given().auth().oauth2(Tokens.staff()).post("/api/onboardings/" + onboarding + "/steps/contract.recurring/retry")
                .then().statusCode(409);
    }

    @Test
    void only_an_admin_skips_a_step_with_a_reason_and_never_an_intake_step() {
        String onboarding = waitingSchedule();
        as(Tokens.staff()).body(Map.of("reason", "customer does not want reports"))
                .post("/api/onboardings/" + onboarding + "/steps/reports.autotask/skip").then().statusCode(403);
        as(Tokens.admin()).body(Map.of("reason", " ")).post("/api/onboardings/" + onboarding + "/steps/reports.autotask/skip")
                .then().statusCode(422).body("detail", containsString("reason is required"));
        as(Tokens.admin()).body(Map.of("reason", "signed on paper")).post("/api/onboardings/" + onboarding + "/steps/intake.terms-and-conditions/skip")
                .then().statusCode(409);

        as(Tokens.admin()).body(Map.of("reason", "customer does not want the Autotask report"))
                .post("/api/onboardings/" + onboarding + "/steps/reports.autotask/skip").then().statusCode(202);

        StepSkipped skipped = EventBus.awaitEvents(StepSkipped.class, onboarding, 1).get(0);
        assertThat(skipped.step()).isEqualTo("reports.autotask");
        assertThat(skipped.skippedBy()).isEqualTo("ada");
        assertThat(skipped.reason()).isEqualTo("customer does not want the Autotask report");
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/audit?onboarding=" + onboarding).then()
                .body("action", hasItem("skip-step")).body("actor", hasItem("ada"));
    }

    @Test
    void the_rmm_setup_needs_the_actual_service_start_and_evidence() {
        String onboarding = StaffApiTest.signedOnboarding();
        as(Tokens.staff()).body(Map.of("note", "agent on every PC")).post("/api/onboardings/" + onboarding + "/rmm-setup")
                .then().statusCode(422).body("detail", containsString("never to assume"));
        as(Tokens.staff()).body(Map.of("serviceStart", "2026-12-09")).post("/api/onboardings/" + onboarding + "/rmm-setup")
                .then().statusCode(422).body("detail", containsString("Evidence is required"));
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/audit?onboarding=" + onboarding).then()
                .body("action", not(hasItem("confirm-rmm-setup")));
        as(Tokens.staff()).body(Map.of("serviceStart", "2026-12-09", "note", "agent on every PC"))
                .post("/api/onboardings/" + onboarding + "/rmm-setup").then().statusCode(202);
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + onboarding).then()
                .body("personActions.detail", hasItem("service start 2026-12-09; note \"agent on every PC\""));
    }
}
