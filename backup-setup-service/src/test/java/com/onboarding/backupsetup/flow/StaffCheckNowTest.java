package com.onboarding.backupsetup.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.backupsetup.BackupFlowTest;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepRetryRequested;
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

/** With no polling at all, a staff retry of backup.done checks the checklist at once. */
@QuarkusTest
@TestProfile(ChecklistRestart.A_NotPolling.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backup_setup"))
@QuarkusTestResource(SandboxProcess.class)
class StaffCheckNowTest {

    @Test
    void a_staff_retry_of_backup_done_checks_the_checklist_at_once() {
        ContractCreated event = BackupFlowTest.contract("Check Now Creperie", BackupFlowTest.CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        BackupFlowTest.completeChecklist(BackupFlowTest.onlyTicket(event).path("id").asLong());

        EventBus.send(StepRetryRequested.of(event.onboardingId(), BackupSteps.DONE, "stella"));

        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.DONE);
        assertThat(BackupFlowTest.setupCompletedFor(event.onboardingId(), Duration.ofSeconds(3))).hasSize(1);
    }
}
