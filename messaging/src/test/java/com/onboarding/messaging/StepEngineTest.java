package com.onboarding.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.steps.StepState;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class StepEngineTest {

    private static final String STEP = StepIds.DOCS_MSA_LIST;

    @Inject
    StepEngine engine;

    @Inject
    StepTracker steps;

    @Inject
    EngineTestWork work;

    @Inject
    EntityManager entityManager;

    @Test
    void scheduled_work_runs_after_the_commit_outside_any_transaction_and_is_gone_when_done() {
        String id = "ok-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            engine.schedule(id, STEP);
            assertThat(work.runs(id)).as("nothing runs before the commit").isZero();
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.DONE);
        assertThat(work.ranInTransaction(id)).isFalse();
        assertThat(work.runs(id)).isEqualTo(1);
        assertThat(scheduled(id)).isFalse();
    }

    @Test
    void an_outage_shows_failed_with_the_reason_and_the_step_completes_by_itself_when_the_api_answers() {
        String id = "outage-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.schedule(id, STEP));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.FAILED);
        assertThat(message(id)).contains("503 Service Unavailable").contains("trying again by itself");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id) == StepStatus.DONE);
        assertThat(work.runs(id)).isEqualTo(4);
        assertThat(scheduled(id)).isFalse();
    }

    @Test
    void a_rule_a_person_must_fix_needs_attention_and_is_not_retried_by_itself() {
        String id = "person-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.schedule(id, STEP));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.NEEDS_ATTENTION);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> work.runs(id) == 1);
        assertThat(scheduled(id)).isFalse();
    }

    @Test
    void a_wait_looks_again_until_what_it_waits_for_is_there() {
        String id = "wait-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.schedule(id, STEP));

        await().atMost(Duration.ofSeconds(15)).until(() -> status(id) == StepStatus.DONE);
        assertThat(work.runs(id)).isEqualTo(3);
    }

    @Test
    void a_recurring_timer_keeps_the_step_done_and_runs_again_when_due_until_it_ends() {
        String id = "repeat-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.schedule(id, STEP));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.DONE);
        assertThat(scheduled(id)).as("the timer stays for the next run").isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> work.runs(id) == 3 && !scheduled(id));
        assertThat(status(id)).isEqualTo(StepStatus.DONE);
        assertThat(message(id)).isEqualTo("done after 3 run(s)");
    }

    @Test
    void a_timer_runs_its_work_when_due_and_not_before() {
        String id = "ok-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.scheduleAt(id, STEP, OffsetDateTime.now().plusSeconds(3)));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> work.runs(id) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.DONE);
    }

    @Test
    void work_whose_claim_expired_is_taken_over() {
        String id = "ok-" + UUID.randomUUID();
        // what a killed instance leaves: a claim whose lease ended
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into step_work (onboarding_id, step, due_at, lease_owner, lease_until, created_at)
                values (:id, :step, now(), 'killed-instance', now() - interval '1 second', now())""")
                .setParameter("id", id).setParameter("step", STEP).executeUpdate());

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.DONE);
        assertThat(work.runs(id)).isEqualTo(1);
    }

    private StepStatus status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, STEP).map(state -> state.status).orElse(null));
    }

    private String message(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, STEP).map(state -> state.message).orElse(""));
    }

    private boolean scheduled(String id) {
        return QuarkusTransaction.requiringNew().call(() -> engine.isScheduled(id, STEP));
    }
}
