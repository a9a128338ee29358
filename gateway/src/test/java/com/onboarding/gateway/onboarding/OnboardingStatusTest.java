package com.onboarding.gateway.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnboardingStatusTest {

    @Test
    void the_most_urgent_step_status_is_the_onboardings() {
        OnboardingStatus.Summary summary = OnboardingStatus.of(Map.of(StepIds.INTAKE_ENVELOPE, "DONE",
                StepIds.REPORTS_AUTOTASK, "WAITING_FOR_PERSON", StepIds.CONTRACT_SETUP_FEE, "NEEDS_ATTENTION"));
        assertThat(summary).isEqualTo(new OnboardingStatus.Summary("NEEDS_ATTENTION", 1, true, true));
    }

    @Test
    void nothing_reported_is_in_progress_and_everything_done_is_complete() {
        assertThat(OnboardingStatus.of(Map.of()).status()).isEqualTo(OnboardingStatus.IN_PROGRESS);
        Map<String, String> all = Arrays.stream(Step.values()).collect(Collectors.toMap(Step::id, s -> "DONE"));
        assertThat(OnboardingStatus.of(all).status()).isEqualTo(OnboardingStatus.COMPLETE);
        Map<String, String> live = new HashMap<>(all);
        live.put(StepIds.BACKUP_DONE, "PENDING");
        assertThat(OnboardingStatus.of(live).status()).isEqualTo(OnboardingStatus.LIVE);
    }
}
