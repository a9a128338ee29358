package com.onboarding.documentation;

import static com.onboarding.documentation.DocumentationFlowTest.created;
import static com.onboarding.documentation.DocumentationFlowTest.customer;
import static com.onboarding.documentation.DocumentationFlowTest.listedCustomers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.clients.graph.GraphClient;
import com.onboarding.documentation.DocumentationFlowTest.Customer;
import com.onboarding.documentation.steps.MsaListStep;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import com.onboarding.events.StepChanged;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: a slow third-party answer holds neither the consumer nor other onboardings; no call in a transaction. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "documentation"))
@QuarkusTestResource(SandboxProcess.class)
class HeldAnswerTest {

    @Inject
    GraphClient graph;

    @Test
    void a_graph_answer_held_90_seconds_holds_neither_the_consumer_nor_other_onboardings_and_then_finishes() {
        Customer held = customer("Held Florist");
        Customer next = customer("Next Bakery");
        Customer last = customer("Last Clinic");
        Sandbox.fault(Map.of("pathContains", "/graph/v1.0/drives/", "pathEndsWith", "/content", "method", "GET",
                "delayMillis", 90_000, "times", 1));
        ContractCreated first = created(held, false, DocumentationFlowTest.RMM);
        EventBus.send(first);
        awaitStep(first.onboardingId(), StepStatus.RUNNING, Duration.ofSeconds(60));

        ContractCreated second = created(next, false, DocumentationFlowTest.BACKUP);
        ContractCreated third = created(last, false, DocumentationFlowTest.RMM);
        EventBus.send(second);
        EventBus.send(third);

        awaitStep(second.onboardingId(), StepStatus.DONE, Duration.ofSeconds(60));
        awaitStep(third.onboardingId(), StepStatus.DONE, Duration.ofSeconds(60));
        awaitStep(first.onboardingId(), StepStatus.DONE, Duration.ofSeconds(240));
        assertThat(listedCustomers()).containsOnlyOnce(held.name(), next.name(), last.name());
    }

    @Test
    void an_external_call_inside_a_transaction_is_refused() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> graph.siteId("geekgirlsit.sharepoint.com",
                "sites/ITTeam")))
                .hasMessageContaining("inside a database transaction");
    }

    private static void awaitStep(String onboardingId, StepStatus status, Duration atMost) {
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().filter(r -> onboardingId.equals(r.key()))
                .map(r -> EventJson.read(r.value(), StepChanged.class))
                .anyMatch(s -> s.step().equals(MsaListStep.STEP) && s.status() == status), atMost);
    }
}
