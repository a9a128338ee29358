package com.onboarding.contract.golive;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.GoLiveReached;
import com.onboarding.events.Topics;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(GoLiveRestart.B_AfterGoLive.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@QuarkusTestResource(SandboxProcess.class)
class GoLiveTimer2AfterRestartTest {

    @Test
    void after_a_restart_the_due_timer_publishes_go_live_reached_exactly_once() {
        List<GoLiveReached> reached = EventBus.awaitEvents(GoLiveReached.class, GoLiveRestart.ONBOARDING, 1);
        assertThat(reached.get(0).goLiveDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        long published = EventBus.awaitRecords(Topics.GO_LIVE_REACHED, all -> false, Duration.ofSeconds(3), true).stream()
                .filter(r -> GoLiveRestart.ONBOARDING.equals(r.key())).count();
        assertThat(published).isEqualTo(1);
    }
}
