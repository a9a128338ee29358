package com.onboarding.backupsetup.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.backupsetup.BackupFlowTest;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepStatus;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ChecklistRestart.A_NotPolling.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backup_setup"))
@QuarkusTestResource(SandboxProcess.class)
class Checklist1BeforeRestartTest {

    @Test
    void the_watch_is_stored_with_the_ticket_and_nothing_is_published_while_no_one_polls() {
        ContractCreated event = BackupFlowTest.contract("Restart Roastery", BackupFlowTest.CLOUD_BACKUP);
        ChecklistRestart.remember(event.onboardingId());
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);

        BackupFlowTest.completeChecklist(BackupFlowTest.onlyTicket(event).path("id").asLong());

        assertThat(BackupFlowTest.setupCompletedFor(event.onboardingId(), Duration.ofSeconds(3))).isEmpty();
    }
}
