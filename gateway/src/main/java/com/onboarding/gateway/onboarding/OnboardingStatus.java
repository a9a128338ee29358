package com.onboarding.gateway.onboarding;

import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An onboarding's overall status from the statuses of its steps (a step not reported yet is PENDING): the most
 * urgent of them, else LIVE once it went live, COMPLETE once every step is done or skipped, else IN_PROGRESS.
 */
public final class OnboardingStatus {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String LIVE = "LIVE";
    public static final String COMPLETE = "COMPLETE";

    private static final List<String> URGENT = List.of("NEEDS_ATTENTION", "FAILED", "WAITING_FOR_PERSON", "RUNNING");

    /** What the summary says of one onboarding. */
    public record Summary(String status, int stepsDone, boolean waitingForPerson, boolean needsAttention) {
    }

    private OnboardingStatus() {
    }

    /** @param reported step id → status, of the steps reported so far */
    public static Summary of(Map<String, String> reported) {
        List<String> statuses = Arrays.stream(Step.values()).map(step -> reported.getOrDefault(step.id(), "PENDING")).toList();
        int done = (int) statuses.stream().filter(OnboardingStatus::finished).count();
        String status = URGENT.stream().filter(statuses::contains).findFirst().orElseGet(() -> done == statuses.size()
                ? COMPLETE
                : "DONE".equals(reported.get(StepIds.CONTRACT_GO_LIVE)) ? LIVE : IN_PROGRESS);
        return new Summary(status, done, statuses.contains("WAITING_FOR_PERSON"),
                statuses.contains("NEEDS_ATTENTION") || statuses.contains("FAILED"));
    }

    public static boolean finished(String status) {
        return "DONE".equals(status) || "SKIPPED".equals(status);
    }
}
