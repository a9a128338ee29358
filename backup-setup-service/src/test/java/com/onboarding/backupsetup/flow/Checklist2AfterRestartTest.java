package com.onboarding.backupsetup.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.backupsetup.BackupFlowTest;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
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
@TestProfile(ChecklistRestart.B_Restarted.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backup_setup"))
@QuarkusTestResource(SandboxProcess.class)
class Checklist2AfterRestartTest {

    @Test
    void after_a_restart_the_stored_watch_publishes_setup_completed_exactly_once() {
        String onboarding = ChecklistRestart.onboarding();
        assertThat(onboarding).as("Checklist1BeforeRestartTest ran first").isNotNull();

        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1).get(0).service()).isEqualTo(ServiceKind.BACKUP);
        assertThat(BackupFlowTest.setupCompletedFor(onboarding, Duration.ofSeconds(4))).hasSize(1);
    }
}
