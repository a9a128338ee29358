package com.onboarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepStatus;
import com.onboarding.gateway.security.SseStream;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class StaffApiTest {

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static String signedOnboarding() {
        String envelope = UUID.randomUUID().toString();
        String body = Envelopes.completed(envelope, IntakeTest.fields("Geek Girls IT"));
        assertThat(IntakeTest.post(body, IntakeTest.sign(body, IntakeTest.KEY))).isEqualTo(200);
        EventBus.awaitStep(envelope, GatewaySteps.TERMS_AND_CONDITIONS, StepStatus.DONE);
        return envelope;
    }

    @Test
    void an_operator_reads_but_cannot_act() {
        as(Tokens.operator()).get("/api/onboardings").then().statusCode(200);
        as(Tokens.operator()).contentType("application/json").body(Map.of("serviceStart", "2026-12-09"))
                .post("/api/onboardings/x/rmm-setup").then().statusCode(403);
        as(Tokens.operator()).contentType("application/json").body(Map.of("goLiveDate", "2026-12-09"))
                .put("/api/onboardings/x/go-live").then().statusCode(403);
        as(Tokens.operator()).post("/api/onboardings/x/steps/contract.services/retry").then().statusCode(403);
        as(Tokens.operator()).contentType("application/json").body(Map.of()).post("/api/onboardings").then().statusCode(403);
    }

    @Test
    void staff_see_the_checklist_and_confirm_setup_set_go_live_and_retry_with_an_audit_trail() {
        String onboarding = signedOnboarding();

        as(Tokens.staff()).get("/api/onboardings/" + onboarding).then().statusCode(200)
                .body("accountName", equalTo("Geek Girls IT"))
                .body("checklist.step", hasItem("contract.recurring"))
                .body("stepsTotal", equalTo(GatewaySteps.TOTAL));

        as(Tokens.staff()).contentType("application/json")
                .body(Map.of("serviceStart", "2026-12-09", "ticketNumber", "T20261201.0007"))
                .post("/api/onboardings/" + onboarding + "/rmm-setup").then().statusCode(202);
        as(Tokens.staff()).contentType("application/json").body(Map.of("goLiveDate", "2026-12-15"))
                .put("/api/onboardings/" + onboarding + "/go-live").then().statusCode(202);
        EventBus.send(StepChanged.of(onboarding, "contract.services", "contract-service", StepStatus.FAILED, 3,
                "Autotask answered 503 Service Unavailable after 3 tries"));
        StaffCommandsTest.awaitStatus(onboarding, "contract.services", "FAILED");
        as(Tokens.staff()).post("/api/onboardings/" + onboarding + "/steps/contract.services/retry").then().statusCode(202);

        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1).get(0).serviceStart())
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1).get(0).confirmedBy()).isEqualTo("stella");
        assertThat(EventBus.awaitEvents(GoLiveDateSet.class, onboarding, 1).get(0).goLiveDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(EventBus.awaitEvents(StepRetryRequested.class, onboarding, 1).get(0).step()).isEqualTo("contract.services");
        as(Tokens.staff()).get("/api/onboardings/audit?onboarding=" + onboarding).then().statusCode(200)
                .body("action", hasItem("confirm-rmm-setup")).body("action", hasItem("retry-step"))
                .body("actor", hasItem("stella")).body("detail", hasItem("service start 2026-12-09; ticket T20261201.0007"));
    }

    @Test
    void errors_are_problem_details() {
        as(Tokens.staff()).post("/api/onboardings/no-such/steps/contract.services/retry").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        String onboarding = signedOnboarding();
        as(Tokens.staff()).post("/api/onboardings/" + onboarding + "/steps/no.such-step/retry").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void staff_watching_the_changes_stream_hear_of_each_step_change_after_it_is_in_the_checklist() {
        try (SseStream stream = SseStream.open("/api/onboardings/changes", Tokens.staff())) {
            assertThat(stream.status()).isEqualTo(200);
            String onboarding = signedOnboarding();
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.data().stream().anyMatch(data -> data.contains(onboarding)
                    && data.contains("\"step\":\"" + GatewaySteps.TERMS_AND_CONDITIONS + "\"") && data.contains("\"status\":\"DONE\"")));
            assertThat(stream.lines()).anyMatch(line -> line.replace(" ", "").equals("event:onboarding-changed"));
            as(Tokens.staff()).get("/api/onboardings/" + onboarding).then().statusCode(200)
                    .body("checklist.find { it.step == '" + GatewaySteps.TERMS_AND_CONDITIONS + "' }.status", equalTo("DONE"));
        }
    }
}
