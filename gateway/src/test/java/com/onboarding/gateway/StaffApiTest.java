package com.onboarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.onboarding.events.GoLiveDateSet;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepStatus;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class StaffApiTest {

    static String signedOnboarding() {
        String envelope = UUID.randomUUID().toString();
        String body = Envelopes.completed(envelope, IntakeTest.fields("Geek Girls IT"));
        assertThat(IntakeTest.post(body, IntakeTest.sign(body, IntakeTest.KEY))).isEqualTo(200);
        EventBus.awaitStep(envelope, GatewaySteps.TERMS_AND_CONDITIONS, StepStatus.DONE);
        return envelope;
    }

    @Test
    void without_a_token_every_endpoint_answers_401() {
        given().get("/api/onboardings").then().statusCode(401);
        given().get("/api/onboardings/x").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/api/onboardings/x/rmm-setup").then().statusCode(401);
        given().contentType("application/json").body("{}").put("/api/onboardings/x/go-live").then().statusCode(401);
        given().post("/api/onboardings/x/steps/contract.services/retry").then().statusCode(401);
        given().get("/api/onboardings/audit").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "oscar", roles = "operator")
    void an_operator_reads_but_cannot_act() {
        given().get("/api/onboardings").then().statusCode(200);
        given().contentType("application/json").body(Map.of("serviceStart", "2026-12-09"))
                .post("/api/onboardings/x/rmm-setup").then().statusCode(403);
        given().contentType("application/json").body(Map.of("goLiveDate", "2026-12-09"))
                .put("/api/onboardings/x/go-live").then().statusCode(403);
        given().post("/api/onboardings/x/steps/contract.services/retry").then().statusCode(403);
        given().contentType("application/json").body(Map.of()).post("/api/onboardings").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stella", roles = "staff")
    void staff_see_the_checklist_and_confirm_setup_set_go_live_and_retry_with_an_audit_trail() {
        String onboarding = signedOnboarding();

        given().get("/api/onboardings/" + onboarding).then().statusCode(200)
                .body("accountName", equalTo("Geek Girls IT"))
                .body("checklist.step", hasItem("contract.recurring"))
                .body("stepsTotal", equalTo(GatewaySteps.ALL.size()));

        given().contentType("application/json").body(Map.of("serviceStart", "2026-12-09"))
                .post("/api/onboardings/" + onboarding + "/rmm-setup").then().statusCode(202);
        given().contentType("application/json").body(Map.of("goLiveDate", "2026-12-15"))
                .put("/api/onboardings/" + onboarding + "/go-live").then().statusCode(202);
        given().post("/api/onboardings/" + onboarding + "/steps/contract.services/retry").then().statusCode(202);

        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1).get(0).serviceStart())
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1).get(0).confirmedBy()).isEqualTo("stella");
        assertThat(EventBus.awaitEvents(GoLiveDateSet.class, onboarding, 1).get(0).goLiveDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(EventBus.awaitEvents(StepRetryRequested.class, onboarding, 1).get(0).step()).isEqualTo("contract.services");
        given().get("/api/onboardings/audit?onboarding=" + onboarding).then().statusCode(200)
                .body("action", hasItem("confirm-rmm-setup")).body("actor", hasItem("stella"));
    }

    @Test
    @TestSecurity(user = "stella", roles = "staff")
    void errors_are_problem_details() {
        given().post("/api/onboardings/no-such/steps/contract.services/retry").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        String onboarding = signedOnboarding();
        given().post("/api/onboardings/" + onboarding + "/steps/no.such-step/retry").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
