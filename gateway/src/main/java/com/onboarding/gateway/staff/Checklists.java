package com.onboarding.gateway.staff;

import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingStep;
import com.onboarding.gateway.onboarding.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the projected step statuses into the checklist of every step of the procedure. */
@ApplicationScoped
public class Checklists {

    private static final List<String> PERSON_ACTIONS = List.of(StaffActions.CONFIRM, StaffActions.RETRY,
            StaffActions.SKIP, StaffActions.CONFIRM_RMM_SETUP);

    public OnboardingView view(Onboarding onboarding, boolean withTimeline) {
        Map<String, OnboardingStep> reported = OnboardingStep.<OnboardingStep>list("key.onboardingId", onboarding.id).stream()
                .collect(Collectors.toMap(step -> step.key.step(), Function.identity()));
        List<OnboardingView.StepView> checklist = Arrays.stream(Step.values()).map(step -> {
            OnboardingStep known = reported.get(step.id());
            StepStatus status = known == null ? StepStatus.PENDING : StepStatus.valueOf(known.status);
            List<String> actions = StepCommands.available(step, status).stream().map(Enum::name).toList();
            String instruction = status == StepStatus.WAITING_FOR_PERSON ? PersonInstructions.of(step.id()) : null;
            return known == null
                    ? new OnboardingView.StepView(step.id(), step.section().title(), step.owner(), status.name(), 0, null,
                            null, actions, instruction)
                    : new OnboardingView.StepView(step.id(), step.section().title(), step.owner(), known.status,
                            known.attempt, known.message, known.updatedAt, actions, instruction);
        }).toList();
        int done = (int) checklist.stream().filter(s -> s.status().equals("DONE") || s.status().equals("SKIPPED")).count();
        List<OnboardingView.TimelineView> timeline = withTimeline
                ? TimelineEntry.<TimelineEntry>list("onboardingId = ?1 order by id", onboarding.id).stream()
                        .map(e -> new OnboardingView.TimelineView(e.at, e.eventType, e.summary)).toList()
                : List.of();
        List<String> problems = onboarding.problems == null ? List.of() : Arrays.asList(onboarding.problems.split("\n"));
        List<OnboardingView.PersonAction> personActions = withTimeline
                ? AuditEntry.<AuditEntry>list("onboardingId = ?1 and action in ?2 order by id", onboarding.id, PERSON_ACTIONS)
                        .stream().map(e -> new OnboardingView.PersonAction(e.at, e.actor, e.action, e.detail)).toList()
                : List.of();
        return new OnboardingView(onboarding.id, onboarding.accountName, onboarding.source, status(checklist), done,
                checklist.size(), onboarding.createdAt, problems, checklist, timeline, personActions);
    }

    /** The onboarding's overall status: the most urgent of its steps. */
    static String status(List<OnboardingView.StepView> checklist) {
        for (String urgent : List.of("NEEDS_ATTENTION", "FAILED", "WAITING_FOR_PERSON", "RUNNING")) {
            if (checklist.stream().anyMatch(s -> s.status().equals(urgent))) {
                return urgent;
            }
        }
        boolean live = checklist.stream().anyMatch(s -> s.step().equals(StepIds.CONTRACT_GO_LIVE) && s.status().equals("DONE"));
        boolean allDone = checklist.stream().allMatch(s -> s.status().equals("DONE") || s.status().equals("SKIPPED"));
        return allDone ? "COMPLETE" : live ? "LIVE" : "IN_PROGRESS";
    }
}
