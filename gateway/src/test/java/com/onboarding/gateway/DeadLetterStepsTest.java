package com.onboarding.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.gateway.security.Tokens;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A dead letter is visible where staff look: the step its event drives is FAILED with the reason. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class DeadLetterStepsTest {

    private static String status(String onboarding, String step) {
        return given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + onboarding).then().extract()
                .path("checklist.find { it.step == '" + step + "' }.status");
    }

    @Test
    void a_dead_lettered_contract_created_makes_the_consumers_first_step_failed_with_the_reason() {
        String onboarding = StaffApiTest.signedOnboarding();
        EventBus.sendRaw(Topics.deadLetter("documentation-service"), onboarding, "{\"schemaVersion\":1,\"onboardingId\":\"" + onboarding + "\"}",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "com.onboarding.ContractCreated", "ce_specversion", "1.0",
                        "ce_source", "/tests", "dead-letter-topic", Topics.CONTRACT_CREATED,
                        "dead-letter-reason", "Autotask circuit breaker open after 3 tries"));

        await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(status(onboarding, "docs.msa-list")));
        given().auth().oauth2(Tokens.staff()).get("/api/onboardings/" + onboarding).then()
                .body("checklist.find { it.step == 'docs.msa-list' }.message", containsString("circuit breaker open"))
                .body("checklist.find { it.step == 'docs.msa-list' }.message", containsString("dead letters"))
                .body("checklist.find { it.step == 'docs.msa-list' }.owner", containsString("documentation-service"));
    }

    @Test
    void a_dead_letter_for_a_step_that_finished_meanwhile_changes_nothing() {
        String onboarding = StaffApiTest.signedOnboarding();
        EventBus.send(StepChanged.of(onboarding, "reports.folder", "reporting-service", StepStatus.DONE, 1, "Folder exists"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(status(onboarding, "reports.folder")));
        EventBus.sendRaw(Topics.deadLetter("reporting-service"), onboarding, "not json",
                Map.of("ce_id", UUID.randomUUID().toString(), "dead-letter-reason", "Unrecognized token 'not'"));
        // a later dead letter for another service shows that the first one was processed
        EventBus.sendRaw(Topics.deadLetter("backup-setup-service"), onboarding, "not json",
                Map.of("ce_id", UUID.randomUUID().toString(), "dead-letter-reason", "Unrecognized token 'not'"));
        await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(status(onboarding, "backup.ticket")));
        await().atMost(Duration.ofSeconds(5)).until(() -> "DONE".equals(status(onboarding, "reports.folder")));
    }
}
