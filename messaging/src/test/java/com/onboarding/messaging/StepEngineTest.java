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

        // read as one: the retry may already have claimed the work (RUNNING, no message) by a second read
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String failed = failedMessage(id);
            return failed.contains("503 Service Unavailable") && failed.contains("trying again by itself");
        });
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
    void a_wait_for_a_person_shows_waiting_for_person_looks_again_and_never_shows_running_when_begun_by_schedule_wait() {
        String id = "person-wait-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            steps.waitingForPerson(id, STEP, "waiting for a technician's ticket");
            engine.scheduleWait(id, STEP, OffsetDateTime.now().plusNanos(200_000_000));
        });

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> work.runs(id) >= 1 && status(id) == StepStatus.WAITING_FOR_PERSON);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id) == StepStatus.DONE);
        assertThat(work.runs(id)).isEqualTo(6);
        assertThat(attempts(id)).as("no RUNNING: the wait began with its status").isZero();
        assertThat(scheduled(id)).isFalse();
    }

    @Test
    void a_staff_skip_ends_the_work_and_a_retry_of_a_final_step_does_nothing() {
        String id = "person-wait-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> engine.scheduleWait(id, STEP, OffsetDateTime.now().plusSeconds(30)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> engine.skip(id, STEP, "Skipped by ada: not needed"))).isTrue();
        QuarkusTransaction.requiringNew().run(() -> engine.retry(id, STEP));

        assertThat(status(id)).isEqualTo(StepStatus.SKIPPED);
        assertThat(scheduled(id)).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> engine.skip(id, STEP, "again"))).isFalse();
        assertThat(work.runs(id)).isZero();
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

    private int attempts(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, STEP).map(state -> state.attempts).orElse(-1));
    }

    private String message(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, STEP).map(state -> state.message).orElse(""));
    }

    /** The message while the step shows FAILED, else "" */
    private String failedMessage(String id) {
        return QuarkusTransaction.requiringNew().call(() -> steps.find(id, STEP)
                .filter(state -> state.status == StepStatus.FAILED).map(state -> state.message).orElse(""));
    }

    private boolean scheduled(String id) {
        return QuarkusTransaction.requiringNew().call(() -> engine.isScheduled(id, STEP));
    }
}
