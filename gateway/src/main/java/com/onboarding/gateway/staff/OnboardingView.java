package com.onboarding.gateway.staff;

import java.time.OffsetDateTime;
import java.util.List;

/** One onboarding as staff see it: every step of the procedure with its status, and the event timeline. */
public record OnboardingView(String id, String accountName, String source, String status, int stepsDone, int stepsTotal,
        OffsetDateTime createdAt, List<String> problems, List<StepView> checklist, List<TimelineView> timeline) {

    /**
     * @param statusSince since when the step has had its status (how long it has waited)
     * @param links       the external records the step created or touched
     */
    public record StepView(String step, String section, String owner, String status, int attempts, String message,
            OffsetDateTime updatedAt, OffsetDateTime statusSince, List<RecordLinks.Link> links) {
    }

    public record TimelineView(OffsetDateTime at, String event, String summary) {
    }
}
