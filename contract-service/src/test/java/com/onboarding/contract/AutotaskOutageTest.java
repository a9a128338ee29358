package com.onboarding.contract;

import static com.onboarding.contract.Agreements.TIER_2_RMM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.EventJson;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's outage: Autotask answers 503 to everything for two real minutes (the sandbox's fault API). The contract
 * steps show FAILED with the reason within seconds, an open circuit breaker is a step failure too, nothing is
 * dead-lettered, and once Autotask answers again every step completes by itself with each write made once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@QuarkusTestResource(SandboxProcess.class)
class AutotaskOutageTest {

    private static final Logger LOG = Logger.getLogger(AutotaskOutageTest.class);
    private static final Duration OUTAGE = Duration.ofMinutes(2);
    private static final String DEAD_LETTERS = "onboarding.dead-letter.contract-service";

    @Inject
    StepEngine engine;

    @AfterEach
    void clearFaults() {
        Sandbox.clearFaults();
    }

    @Test
    void two_minutes_of_503_show_the_steps_failed_within_seconds_and_they_complete_by_themselves_afterwards() {
        // one onboarding has its contract and waits for its setup; another signs during the outage
        String waitingAccount = Agreements.uniqueAccount("Outage Hardware");
        Agreements.seedCompany(waitingAccount);
        String waiting = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(waiting, Agreements.terms(waitingAccount, Commitment.MONTHLY, null, TIER_2_RMM)));
        long waitingContract = EventBus.awaitEvents(ContractCreated.class, waiting, 1).get(0).contractId();
        String signingAccount = Agreements.uniqueAccount("Outage Bistro");
        long signingCompany = Agreements.seedCompany(signingAccount);
        String signing = UUID.randomUUID().toString();

        Sandbox.fault(Map.of("pathContains", "/atservicesrest/", "status", 503, "times", 1_000_000));
        Instant outage = Instant.now();
        EventBus.send(SetupCompleted.of(waiting, ServiceKind.RMM, LocalDate.of(2026, 12, 9), "stella"));
        EventBus.send(ContractSigned.of(signing, Agreements.terms(signingAccount, Commitment.MONTHLY, null, TIER_2_RMM)));

        StepChanged servicesFailed = EventBus.awaitStep(waiting, ContractSteps.SERVICES, StepStatus.FAILED);
        StepChanged recurringFailed = EventBus.awaitStep(signing, ContractSteps.RECURRING, StepStatus.FAILED);
        Duration visibleAfter = Duration.between(outage, Instant.now());
        LOG.infof("Outage visible on both onboardings after %d ms: %s | %s", visibleAfter.toMillis(),
                servicesFailed.message(), recurringFailed.message());
        assertThat(visibleAfter).isLessThan(Duration.ofSeconds(20));
        assertThat(servicesFailed.message()).contains("Autotask").contains("503").contains("trying again by itself");
        assertThat(recurringFailed.message()).contains("Autotask").contains("503").contains("trying again by itself");

        // the outage lasts its two real minutes; meanwhile nothing is written
        Duration rest = OUTAGE.minus(Duration.between(outage, Instant.now()));
        await().during(rest).atMost(rest.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ContractFlowTest.contractsOf(signingCompany).isEmpty()
                        && ContractFlowTest.servicesOf(waitingContract).isEmpty());
        Sandbox.clearFaults();
        Instant back = Instant.now();

        awaitStep(waiting, ContractSteps.SERVICES, StepStatus.DONE);
        awaitStep(signing, ContractSteps.SETUP_FEE, StepStatus.DONE);
        ContractCreated created = EventBus.awaitEvents(ContractCreated.class, signing, 1).get(0);
        LOG.infof("Every step done %d ms after Autotask answered again", Duration.between(back, Instant.now()).toMillis());

        List<StepChanged> failures = stepChanges(Set.of(waiting, signing)).stream()
                .filter(change -> change.status() == StepStatus.FAILED).toList();
        LOG.infof("%d FAILED step changes during the outage; circuit breaker open in %d of them", failures.size(),
                failures.stream().filter(f -> f.message().contains("CircuitBreakerOpen")).count());
        assertThat(failures).as("an open circuit breaker shows as a step failure")
                .anySatisfy(failure -> assertThat(failure.message()).contains("CircuitBreakerOpen"));
        assertThat(ContractFlowTest.contractsOf(signingCompany)).hasSize(1);
        assertThat(ContractFlowTest.chargesOf(created.contractId())).hasSize(1);
        assertThat(ContractFlowTest.servicesOf(waitingContract)).hasSize(1);
        assertThat(EventBus.awaitRecords(DEAD_LETTERS, all -> false, Duration.ofSeconds(3), true))
                .extracting(ConsumerRecord::key).doesNotContain(waiting, signing);
        assertThat(QuarkusTransaction.requiringNew().call(() -> engine.isScheduled(signing, ContractSteps.RECURRING)
                || engine.isScheduled(signing, ContractSteps.SETUP_FEE) || engine.isScheduled(waiting, ContractSteps.SERVICES)))
                .as("no step work left over").isFalse();
    }

    private static void awaitStep(String onboarding, String step, StepStatus status) {
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().filter(r -> onboarding.equals(r.key()))
                .map(r -> EventJson.read(r.value(), StepChanged.class))
                .anyMatch(change -> change.step().equals(step) && change.status() == status), Duration.ofSeconds(120));
    }

    private static List<StepChanged> stepChanges(Set<String> onboardings) {
        return EventBus.awaitRecords(Topics.STEP_CHANGED, all -> false, Duration.ofSeconds(3), true).stream()
                .filter(r -> onboardings.contains(r.key())).map(r -> EventJson.read(r.value(), StepChanged.class)).toList();
    }
}
