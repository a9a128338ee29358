package com.onboarding.backupsetup.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.backupsetup.BackupFlowTest;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.engine.StepWorker;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Many looks at once at a complete checklist (staff confirms and retries racing, workers kicked from several
 * threads, as several instances would) publish one SetupCompleted.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backup_setup"))
@QuarkusTestResource(SandboxProcess.class)
class ConcurrentChecksTest {

    static final int CHECKERS = 6;

    @Inject
    StepWorker worker;

    @Test
    void looks_racing_for_a_complete_checklist_publish_one_setup_completed() throws Exception {
        ContractCreated event = BackupFlowTest.contract("Racing Ramen", BackupFlowTest.CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.INSTRUCTIONS, StepStatus.DONE);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        BackupFlowTest.completeChecklist(BackupFlowTest.onlyTicket(event).path("id").asLong());

        ExecutorService pool = Executors.newFixedThreadPool(CHECKERS);
        try {
            CyclicBarrier start = new CyclicBarrier(CHECKERS);
            List<CompletableFuture<Void>> checkers = new ArrayList<>();
            for (int i = 0; i < CHECKERS; i++) {
                int checker = i;
                checkers.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    EventBus.send(checker % 2 == 0
                            ? StepConfirmed.of(event.onboardingId(), BackupSteps.DONE, "stella", OffsetDateTime.now(),
                                    "T2026120" + checker, null)
                            : StepRetryRequested.of(event.onboardingId(), BackupSteps.DONE, "stella"));
                    worker.kick();
                }, pool));
            }
            CompletableFuture.allOf(checkers.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.DONE);
        assertThat(BackupFlowTest.setupCompletedFor(event.onboardingId(), Duration.ofSeconds(4))).hasSize(1);
    }
}
