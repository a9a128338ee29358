package com.onboarding.backupsetup.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.backupsetup.BackupFlowTest;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.Topics;
import java.time.OffsetDateTime;
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

    @Test
    void a_confirm_of_backup_done_with_open_checklist_items_keeps_it_waiting_and_says_so_then_completes_it() {
        ContractCreated event = BackupFlowTest.contract("Confirm Cafe", BackupFlowTest.CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);

        EventBus.send(StepConfirmed.of(event.onboardingId(), BackupSteps.DONE, "stella", OffsetDateTime.now(),
                "T20261201.0009", "set up on site"));
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> event.onboardingId().equals(r.key())
                && r.value().contains("Confirmed by stella") && r.value().contains("open")), Duration.ofSeconds(60));
        assertThat(BackupFlowTest.setupCompletedFor(event.onboardingId(), Duration.ofSeconds(2))).isEmpty();

        BackupFlowTest.completeChecklist(BackupFlowTest.onlyTicket(event).path("id").asLong());
        EventBus.send(StepConfirmed.of(event.onboardingId(), BackupSteps.DONE, "stella", OffsetDateTime.now(),
                "T20261201.0009", null));
        assertThat(EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.DONE).message())
                .contains("SetupCompleted published").contains("Confirmed by stella").contains("ticket T20261201.0009");
        assertThat(BackupFlowTest.setupCompletedFor(event.onboardingId(), Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void a_skipped_backup_done_is_skipped_with_the_reason_and_publishes_nothing() {
        ContractCreated event = BackupFlowTest.contract("Skip Steakhouse", BackupFlowTest.CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        EventBus.send(StepSkipped.of(event.onboardingId(), BackupSteps.DONE, "ada", "backup cancelled by the customer"));
        assertThat(EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.SKIPPED).message())
                .isEqualTo("Skipped by ada: backup cancelled by the customer");
        assertThat(BackupFlowTest.setupCompletedFor(event.onboardingId(), Duration.ofSeconds(2))).isEmpty();
    }
}
