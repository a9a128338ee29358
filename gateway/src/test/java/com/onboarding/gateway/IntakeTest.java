package com.onboarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.onboarding.events.ContractSigned;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.gateway.intake.ConnectSignature;
import com.onboarding.gateway.intake.TermsReaderTest;
import com.onboarding.gateway.intake.Intake;
import com.onboarding.gateway.onboarding.BoardSummary;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.security.Tokens;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class IntakeTest {

    static final String KEY = "sandbox-connect-key";

    static Map<String, String> fields(String account) {
        Map<String, String> fields = TermsReaderTest.complete();
        fields.put("AccountName", account);
        return fields;
    }

    static int post(String body, String... signatures) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < signatures.length; i++) {
            request.header("X-DocuSign-Signature-" + (i + 1), signatures[i]);
        }
        return request.when().post("/docusign/connect").then().extract().statusCode();
    }

    static String sign(String body, String key) {
        return ConnectSignature.sign(body.getBytes(StandardCharsets.UTF_8), key);
    }

    @Test
    void a_signed_completed_envelope_starts_one_onboarding_even_when_delivered_twice() {
        String envelope = UUID.randomUUID().toString();
        String body = Envelopes.completed(envelope, fields("Geek Girls IT"));

        assertThat(post(body, sign(body, KEY))).isEqualTo(200);
        assertThat(post(body, sign(body, KEY))).isEqualTo(200);

        ContractSigned signed = EventBus.awaitEvents(ContractSigned.class, envelope, 1).get(0);
        assertThat(signed.terms().setupFee()).isEqualByComparingTo("249.50");
        long published = EventBus.awaitRecords(Topics.CONTRACT_SIGNED, all -> false, Duration.ofSeconds(2), true).stream()
                .filter(r -> envelope.equals(r.key())).count();
        assertThat(published).isEqualTo(1);
    }

    @Test
    void unsigned_tampered_or_wrongly_signed_deliveries_are_refused_and_stored_nowhere() {
        String envelope = UUID.randomUUID().toString();
        String body = Envelopes.completed(envelope, fields("Geek Girls IT"));

        assertThat(post(body)).isEqualTo(401);
        assertThat(post(body, sign(body, "not-our-key"))).isEqualTo(401);
        assertThat(post(body.replace("249.50", "2.50"), sign(body, KEY))).isEqualTo(401);

        Onboarding stored = QuarkusTransaction.requiringNew().call(() -> Onboarding.findById(envelope));
        assertThat(stored).isNull();
    }

    @Test
    void missing_terms_are_stored_and_need_attention_until_staff_complete_them() {
        String envelope = UUID.randomUUID().toString();
        Map<String, String> fields = fields("Geek Girls IT");
        fields.remove("SetupFee");
        fields.remove("Platforms");
        String body = Envelopes.completed(envelope, fields);

        assertThat(post(body, sign(body, KEY))).isEqualTo(200);

        StepChanged step = EventBus.awaitStep(envelope, GatewaySteps.ENVELOPE, StepStatus.NEEDS_ATTENTION);
        assertThat(step.message()).contains("SetupFee is missing").contains("Platforms is missing");
        String raw = QuarkusTransaction.requiringNew().call(() -> Onboarding.<Onboarding>findById(envelope).rawEnvelope);
        assertThat(raw).isEqualTo(body);
    }

    @Test
    void a_signed_delivery_that_is_not_json_is_kept_for_a_person() {
        String body = "{ not json at all " + UUID.randomUUID();
        assertThat(post(body, sign(body, KEY))).isEqualTo(200);
        long kept = QuarkusTransaction.requiringNew().call(() -> Onboarding.count("rawEnvelope", body));
        assertThat(kept).isEqualTo(1);
        String id = QuarkusTransaction.requiringNew().call(() -> Onboarding.<Onboarding>find("rawEnvelope", body).firstResult().id);
        assertThat(EventBus.awaitStep(id, GatewaySteps.ENVELOPE, StepStatus.NEEDS_ATTENTION).message()).contains("not JSON");
    }

    @Test
    void a_customer_without_terms_and_conditions_on_file_waits_for_them() {
        String envelope = UUID.randomUUID().toString();
        String body = Envelopes.completed(envelope, fields("New Customer LLC"));
        assertThat(post(body, sign(body, KEY))).isEqualTo(200);

        EventBus.awaitStep(envelope, GatewaySteps.TERMS_AND_CONDITIONS, StepStatus.WAITING_FOR_PERSON);

        given().auth().oauth2(Tokens.staff()).when().post("/api/onboardings/" + envelope + "/terms-and-conditions").then().statusCode(200)
                .body("id", equalTo(envelope));
        EventBus.awaitEvents(ContractSigned.class, envelope, 1);
    }

    @Inject
    Intake intake;

    @Inject
    BoardSummary board;

    @Test
    void a_board_refresh_that_read_the_onboarding_before_its_contract_was_handed_on_does_not_undo_it() throws Exception {
        String envelope = UUID.randomUUID().toString();
        String body = Envelopes.completed(envelope, fields("Late Refresh LLC"));
        assertThat(post(body, sign(body, KEY))).isEqualTo(200);
        EventBus.awaitStep(envelope, GatewaySteps.TERMS_AND_CONDITIONS, StepStatus.WAITING_FOR_PERSON);

        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch handedOn = new CountDownLatch(1);
        CompletableFuture<Void> refresh = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Onboarding.findById(envelope); // the projection's read, before the hand-on commits
            read.countDown();
            waitFor(handedOn);
            board.refresh(envelope);
        }));
        assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
        intake.termsAndConditionsReceived(envelope, "stella", "paper copy in the customer folder");
        handedOn.countDown();
        refresh.get(20, TimeUnit.SECONDS);

        Onboarding stored = QuarkusTransaction.requiringNew().call(() -> Onboarding.<Onboarding>findById(envelope));
        assertThat(stored.contractSignedAt).as("the refresh wrote only the board's columns").isNotNull();
        assertThat(stored.termsAndConditionsOnFile).isTrue();
        assertThat(EventBus.awaitEvents(ContractSigned.class, envelope, 1)).hasSize(1);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
