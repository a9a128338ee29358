package com.onboarding.contract.golive;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.contract.ContractSteps;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(GoLiveRestart.A_BeforeGoLive.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@QuarkusTestResource(SandboxProcess.class)
class GoLiveTimer1BeforeRestartTest {

    @Test
    void the_timer_is_stored_and_does_not_fire_before_the_go_live_date() {
        Sandbox.seedAutotask("Companies", Map.of("companyName", GoLiveRestart.ACCOUNT, "companyType", 1, "phone", "1",
                "ownerResourceID", 29682886));
        AgreementTerms terms = new AgreementTerms(GoLiveRestart.ACCOUNT, CustomerKind.BUSINESS,
                List.of(new SignedService(ServiceKind.RMM, "Tier 1 RMM", DeviceKind.WORKSTATION, new BigDecimal("90.00"))),
                BigDecimal.ZERO, Commitment.MONTHLY, false, Platforms.MAC, List.of(), List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));

        EventBus.send(ContractSigned.of(GoLiveRestart.ONBOARDING, terms));

        EventBus.awaitEvents(ContractCreated.class, GoLiveRestart.ONBOARDING, 1);
        assertThat(EventBus.awaitStep(GoLiveRestart.ONBOARDING, ContractSteps.GO_LIVE, StepStatus.PENDING).message())
                .contains("2026-12-01");
        // several timer ticks (every second in tests) pass without the event
        List<?> reached = EventBus.awaitRecords(Topics.GO_LIVE_REACHED, all -> false, Duration.ofSeconds(3), true).stream()
                .filter(r -> GoLiveRestart.ONBOARDING.equals(r.key())).toList();
        assertThat(reached).isEmpty();
    }
}
