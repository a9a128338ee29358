package com.onboarding.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.gateway.Envelopes;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.intake.ConnectSignature;
import com.onboarding.gateway.intake.TermsReaderTest;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * DocuSign Connect deliveries as an attacker (or a broken sender) would make them: every signed one answers 200 and
 * is kept for a person when it cannot be taken as an envelope; unsigned, tampered and oversized ones store nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class HostileDeliveriesTest {

    static final String KEY = "sandbox-connect-key";

    @TestHTTPResource("/docusign/connect")
    URI connect;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signed_hostile_deliveries_answer_200_and_wait_for_a_person_with_the_reason() {
        String id = UUID.randomUUID().toString();
        Map<String, String> fields = TermsReaderTest.complete();
        fields.put("AccountName", "A".repeat(301));
        Map<String, String> nul = TermsReaderTest.complete();
        nul.put("AccountName", "Joe's\u0000Diner");
        Map<String, Object> hostile = Map.of(
                "1,000-character envelope id", Envelopes.completed("e".repeat(1000), TermsReaderTest.complete()),
                "over-long account name", Envelopes.completed(id, fields),
                "NUL in a field", Envelopes.completed(UUID.randomUUID().toString(), nul),
                "XML", "<?xml version=\"1.0\"?><DocuSignEnvelopeInformation>" + id + "</DocuSignEnvelopeInformation>",
                "a NUL byte", "{\"event\":\"envelope-completed\",\u0000\"" + id + "\"}",
                "a JSON array", "[\"" + id + "\"]");
        hostile.forEach((what, body) -> {
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> answer = post(bytes, ConnectSignature.sign(bytes, KEY));
            assertThat(answer.statusCode()).as(what).isEqualTo(200);
            String onboarding = "unreadable-" + sha256(bytes);
            byte[] kept = QuarkusTransaction.requiringNew().call(() -> Onboarding.<Onboarding>findById(onboarding).rawBody);
            assertThat(kept).as(what).isEqualTo(bytes);
            StepChanged step = EventBus.awaitStep(onboarding, GatewaySteps.ENVELOPE, StepStatus.NEEDS_ATTENTION);
            assertThat(step.message()).as(what).contains("could not be read");
        });
    }

    @Test
    void a_signed_20_mb_delivery_within_the_limit_is_kept() {
        String filler = "x".repeat(20 * 1024 * 1024);
        byte[] bytes = ("{\"event\":\"envelope-completed\",\"data\":{\"filler\":\"" + filler + "\"}}").getBytes(StandardCharsets.UTF_8);
        assertThat(post(bytes, ConnectSignature.sign(bytes, KEY)).statusCode()).isEqualTo(200);
        long kept = QuarkusTransaction.requiringNew().call(() -> Onboarding.count("id", "unreadable-" + sha256(bytes)));
        assertThat(kept).isEqualTo(1);
    }

    @Test
    void unsigned_tampered_and_oversized_deliveries_are_refused_and_store_nothing() {
        String id = UUID.randomUUID().toString();
        byte[] bytes = Envelopes.completed(id, TermsReaderTest.complete()).getBytes(StandardCharsets.UTF_8);
        byte[] tampered = new String(bytes, StandardCharsets.UTF_8).replace("249.50", "2.50").getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[26 * 1024 * 1024 + 1];

        assertThat(post(bytes).statusCode()).isEqualTo(401);
        assertThat(post(tampered, ConnectSignature.sign(bytes, KEY)).statusCode()).isEqualTo(401);
        assertThat(post(huge, ConnectSignature.sign(huge, KEY)).statusCode()).isEqualTo(413);

        long stored = QuarkusTransaction.requiringNew().call(() -> Onboarding.count("id in ?1",
                List.of(id, "unreadable-" + sha256(huge))));
        assertThat(stored).isZero();
    }

    @Test
    void two_identical_deliveries_at_the_same_moment_both_answer_200_and_one_is_already_received() throws Exception {
        for (int round = 0; round < 5; round++) {
            Map<String, String> fields = TermsReaderTest.complete();
            fields.put("AccountName", "Geek Girls IT");
            byte[] bytes = Envelopes.completed(UUID.randomUUID().toString(), fields).getBytes(StandardCharsets.UTF_8);
            String signature = ConnectSignature.sign(bytes, KEY);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return post(bytes, signature);
                }));
            }
            List<String> bodies = new ArrayList<>();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                bodies.add(answer.get().body());
            }
            assertThat(bodies).filteredOn("already received"::equals).hasSize(1);
        }
    }

    /** Through the JDK's client: RestAssured's request log would print a 20 MB body. */
    HttpResponse<String> post(byte[] body, String... signatures) {
        HttpRequest.Builder request = HttpRequest.newBuilder(connect).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < signatures.length; i++) {
            request.header("X-DocuSign-Signature-" + (i + 1), signatures[i]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
