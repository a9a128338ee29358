package com.onboarding.gateway.staff;

import com.onboarding.events.steps.StepIds;
import com.onboarding.gateway.GatewaySteps;
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

    public OnboardingView view(Onboarding onboarding, boolean withTimeline) {
        Map<String, OnboardingStep> reported = OnboardingStep.<OnboardingStep>list("key.onboardingId", onboarding.id).stream()
                .collect(Collectors.toMap(step -> step.key.step(), Function.identity()));
        List<OnboardingView.StepView> checklist = GatewaySteps.ALL.stream().map(step -> {
            OnboardingStep known = reported.get(step.id());
            return known == null
                    ? new OnboardingView.StepView(step.id(), step.section(), step.owner(), "PENDING", 0, null, null)
                    : new OnboardingView.StepView(step.id(), step.section(), step.owner(), known.status, known.attempt,
                            known.message, known.updatedAt);
        }).toList();
        int done = (int) checklist.stream().filter(s -> s.status().equals("DONE") || s.status().equals("SKIPPED")).count();
        List<OnboardingView.TimelineView> timeline = withTimeline
                ? TimelineEntry.<TimelineEntry>list("onboardingId = ?1 order by id", onboarding.id).stream()
                        .map(e -> new OnboardingView.TimelineView(e.at, e.eventType, e.summary)).toList()
                : List.of();
        List<String> problems = onboarding.problems == null ? List.of() : Arrays.asList(onboarding.problems.split("\n"));
        return new OnboardingView(onboarding.id, onboarding.accountName, onboarding.source, status(checklist), done,
                checklist.size(), onboarding.createdAt, problems, checklist, timeline);
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
