package com.onboarding.gateway.staff;

import java.time.OffsetDateTime;
import java.util.List;

/** One onboarding as staff see it: every step of the procedure with its status, and the event timeline. */
public record OnboardingView(String id, String accountName, String source, String status, int stepsDone, int stepsTotal,
        OffsetDateTime createdAt, List<String> problems, List<StepView> checklist, List<TimelineView> timeline,
        List<PersonAction> personActions) {

    /**
     * @param statusSince since when the step has had its status (how long it has waited)
     * @param links       the external records the step created or touched
     * @param actions     the commands that apply now: {@code RETRY}, {@code CONFIRM}, {@code SKIP} (skip: admins only)
     * @param instruction what a person must do, for a step waiting for one; else null
     */
    public record StepView(String step, String section, String owner, String status, int attempts, String message,
            OffsetDateTime updatedAt, OffsetDateTime statusSince, List<RecordLinks.Link> links, List<String> actions,
            String instruction) {
    }

    /** Who confirmed, retried or skipped what and when, with the evidence or reason (from the audit log). */
    public record PersonAction(OffsetDateTime at, String actor, String action, String detail) {
    }

    public record TimelineView(OffsetDateTime at, String event, String summary) {
    }
}
