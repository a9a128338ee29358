package com.onboarding.contract;

import static com.onboarding.contract.Agreements.TIER_2_RMM;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.contract.staff.StaffCommands;
import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
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
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The staff commands on contract steps (StepConfirmed, StepSkipped; StepRetryRequested is in ContractFlowTest). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@QuarkusTestResource(SandboxProcess.class)
class StaffCommandsTest {

    @Inject
    StaffCommands staff;

    @AfterEach
    void clearFaults() {
        Sandbox.clearFaults();
    }

    @Test
    void a_confirm_of_a_step_not_waiting_for_a_person_is_refused_and_changes_nothing() {
        String onboarding = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(onboarding, Agreements.terms("Nobody Confirms Inc", Commitment.MONTHLY, null,
                TIER_2_RMM)));
        EventBus.awaitStep(onboarding, ContractSteps.RECURRING, StepStatus.NEEDS_ATTENTION);
        StepConfirmed confirm = StepConfirmed.of(onboarding, ContractSteps.RECURRING, "stella", OffsetDateTime.now(),
                "T20261201.0004", "made it by hand");

        Optional<String> refusal = QuarkusTransaction.requiringNew().call(() -> staff.confirmed(confirm));
        EventBus.send(confirm);

        assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason).contains(ContractSteps.RECURRING)
                .contains("NEEDS_ATTENTION").contains("not waiting for a person"));
        assertThat(EventBus.awaitRecords(Topics.STEP_CHANGED, all -> false, Duration.ofSeconds(3), true).stream()
                .filter(r -> onboarding.equals(r.key())).map(r -> com.onboarding.events.EventJson.read(r.value(),
                        StepChanged.class)))
                .noneMatch(change -> change.step().equals(ContractSteps.RECURRING) && change.status() == StepStatus.DONE);
    }

    @Test
    void a_skipped_setup_fee_shows_the_reason_and_the_contract_is_handed_on_without_it() {
        String account = Agreements.uniqueAccount("Skip Fee Studio");
        long company = Agreements.seedCompany(account);
        Sandbox.fault(Map.of("pathEndsWith", "/Charges", "method", "POST", "status", 400, "times", 1));
        String onboarding = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));
        EventBus.awaitStep(onboarding, ContractSteps.SETUP_FEE, StepStatus.NEEDS_ATTENTION);

        EventBus.send(StepSkipped.of(onboarding, ContractSteps.SETUP_FEE, "admin", "fee waived by the owner"));

        StepChanged skipped = EventBus.awaitStep(onboarding, ContractSteps.SETUP_FEE, StepStatus.SKIPPED);
        assertThat(skipped.message()).isEqualTo("Skipped by admin: fee waived by the owner");
        ContractCreated created = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0);
        assertThat(ContractFlowTest.contractsOf(company)).hasSize(1);
        assertThat(ContractFlowTest.chargesOf(created.contractId())).isEmpty();
    }
}
