package com.onboarding.gateway.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.gateway.terms.TermsEnvelope;
import com.onboarding.gateway.terms.TermsEnvelopeClaims;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances share one terms_envelope table: each due T&amp;C envelope is claimed by exactly one of them,
 * and the envelope of an instance that stopped is claimed again once its lease ended. The envelopes here are due
 * tomorrow, so this JVM's own scheduled sender leaves them alone; the two claimers look from the day after.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class TwoSendersClaimTest {

    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    EntityManager entityManager;

    @Test
    void two_instances_claiming_at_once_never_take_the_same_envelope() throws Exception {
        OffsetDateTime later = OffsetDateTime.now().plusDays(2);
        Set<String> envelopes = envelopesDueTomorrow(30);
        TermsEnvelopeClaims first = instance();
        TermsEnvelopeClaims second = instance();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<String>> byFirst = CompletableFuture.supplyAsync(() -> claimAll(first, later, together));
        CompletableFuture<List<String>> bySecond = CompletableFuture.supplyAsync(() -> claimAll(second, later, together));

        List<String> firstTook = onlyOurs(byFirst.get(), envelopes);
        List<String> secondTook = onlyOurs(bySecond.get(), envelopes);
        assertThat(firstTook).doesNotContainAnyElementsOf(secondTook);
        assertThat(new HashSet<>(firstTook)).hasSize(firstTook.size());
        Set<String> all = new HashSet<>(firstTook);
        all.addAll(secondTook);
        assertThat(all).isEqualTo(envelopes);
    }

    @Test
    void the_envelope_of_a_stopped_instance_is_claimed_again_when_its_lease_ended() {
        OffsetDateTime later = OffsetDateTime.now().plusDays(2);
        Set<String> envelopes = envelopesDueTomorrow(1);
        TermsEnvelopeClaims stopped = instance();
        TermsEnvelopeClaims other = instance();
        assertThat(onlyOurs(QuarkusTransaction.requiringNew().call(() -> stopped.claimDue(later, 100)), envelopes))
                .containsExactlyElementsOf(envelopes);
        assertThat(onlyOurs(QuarkusTransaction.requiringNew().call(() -> other.claimDue(later.plusMinutes(1), 100)), envelopes))
                .as("held by the first instance's lease").isEmpty();
        assertThat(onlyOurs(QuarkusTransaction.requiringNew().call(() -> other.claimDue(later.plus(LEASE).plusSeconds(1), 100)),
                envelopes)).containsExactlyElementsOf(envelopes);
    }

    private TermsEnvelopeClaims instance() {
        return new TermsEnvelopeClaims(entityManager, () -> "gateway", LEASE);
    }

    private static List<String> claimAll(TermsEnvelopeClaims claims, OffsetDateTime now, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<String> took = new ArrayList<>();
        while (true) {
            List<String> batch = QuarkusTransaction.requiringNew().call(() -> claims.claimDue(now, 3));
            if (batch.isEmpty()) {
                return took;
            }
            took.addAll(batch);
        }
    }

    private static List<String> onlyOurs(List<String> claimed, Set<String> ours) {
        return claimed.stream().filter(ours::contains).toList();
    }

    private static Set<String> envelopesDueTomorrow(int count) {
        Set<String> ids = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                TermsEnvelope envelope = new TermsEnvelope();
                envelope.onboardingId = "claim-" + UUID.randomUUID();
                envelope.accountName = "Claim Test " + i;
                envelope.signerName = "Sam Signer";
                envelope.signerEmail = "sam@claim.example";
                envelope.status = TermsEnvelope.Status.TO_SEND;
                envelope.createdAt = OffsetDateTime.now();
                envelope.nextAttemptAt = OffsetDateTime.now().plusDays(1);
                envelope.persist();
                ids.add(envelope.onboardingId);
            }
        });
        return ids;
    }
}
