package com.onboarding.gateway.staff;

import static com.onboarding.gateway.staff.StepCommands.Command.CONFIRM;
import static com.onboarding.gateway.staff.StepCommands.Command.RETRY;
import static com.onboarding.gateway.staff.StepCommands.Command.SKIP;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Step;
import org.junit.jupiter.api.Test;

class StepCommandsTest {

    @Test
    void retry_applies_to_a_failed_or_needs_attention_step_only() {
        assertThat(StepCommands.available(Step.CONTRACT_SERVICES, StepStatus.FAILED)).containsExactly(RETRY, SKIP);
        assertThat(StepCommands.available(Step.CONTRACT_SERVICES, StepStatus.NEEDS_ATTENTION)).containsExactly(RETRY, SKIP);
        for (StepStatus status : new StepStatus[] {StepStatus.PENDING, StepStatus.RUNNING, StepStatus.WAITING_FOR_PERSON,
                StepStatus.DONE, StepStatus.SKIPPED}) {
            assertThat(StepCommands.available(Step.CONTRACT_SERVICES, status)).as(status.name()).doesNotContain(RETRY);
        }
    }

    @Test
    void confirm_applies_to_a_step_waiting_for_a_person_only() {
        assertThat(StepCommands.available(Step.REPORTS_AUTOTASK, StepStatus.WAITING_FOR_PERSON)).containsExactly(CONFIRM, SKIP);
        assertThat(StepCommands.refusal(CONFIRM, Step.REPORTS_AUTOTASK, StepStatus.DONE)).get().asString()
                .contains("not waiting for a person");
        assertThat(StepCommands.refusal(CONFIRM, Step.CONTRACT_RECURRING, StepStatus.RUNNING)).isPresent();
    }

    @Test
    void skip_applies_to_an_unfinished_step_outside_the_intake() {
        assertThat(StepCommands.available(Step.INTAKE_TERMS_AND_CONDITIONS, StepStatus.WAITING_FOR_PERSON)).containsExactly(CONFIRM);
        assertThat(StepCommands.available(Step.REPORTS_FOLDER, StepStatus.PENDING)).containsExactly(SKIP);
        assertThat(StepCommands.available(Step.INTAKE_ENVELOPE, StepStatus.NEEDS_ATTENTION)).isEmpty();
        assertThat(StepCommands.available(Step.REPORTS_FOLDER, StepStatus.DONE)).isEmpty();
        assertThat(StepCommands.available(Step.REPORTS_FOLDER, StepStatus.SKIPPED)).isEmpty();
    }
}
