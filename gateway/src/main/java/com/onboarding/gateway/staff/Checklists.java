package com.onboarding.gateway.staff;

import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingStatus;
import com.onboarding.gateway.onboarding.OnboardingStep;
import com.onboarding.gateway.onboarding.TimelineEntry;
import com.onboarding.gateway.terms.TermsEnvelope;
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

    private final RecordLinks links;

    public Checklists(LinksConfig links) {
        this.links = new RecordLinks(links.templates());
    }

    public OnboardingView view(Onboarding onboarding, boolean withTimeline) {
        List<OnboardingStep> steps = OnboardingStep.list("key.onboardingId", onboarding.id);
        TermsEnvelope envelope = TermsEnvelope.findById(onboarding.id);
        return view(onboarding, steps, envelope == null ? null : envelope.envelopeId, withTimeline);
    }

    /** The checklists of many onboardings (a page of the list), their steps read in one query. */
    public List<OnboardingView> views(List<Onboarding> onboardings) {
        if (onboardings.isEmpty()) {
            return List.of();
        }
        Map<String, List<OnboardingStep>> steps = OnboardingStep.<OnboardingStep>list("key.onboardingId in ?1",
                onboardings.stream().map(o -> o.id).toList()).stream().collect(Collectors.groupingBy(s -> s.key.onboardingId()));
        return onboardings.stream().map(o -> view(o, steps.getOrDefault(o.id, List.of()), null, false)).toList();
    }

    private OnboardingView view(Onboarding onboarding, List<OnboardingStep> steps, String termsEnvelopeId,
            boolean withTimeline) {
        Map<String, OnboardingStep> reported = steps.stream()
                .collect(Collectors.toMap(step -> step.key.step(), Function.identity()));
        List<OnboardingView.StepView> checklist = Arrays.stream(Step.values()).map(step -> {
            OnboardingStep known = reported.get(step.id());
            String envelope = step.id().equals(StepIds.INTAKE_ENVELOPE) && "docusign".equals(onboarding.source) ? onboarding.id
                    : step.id().equals(StepIds.INTAKE_TERMS_AND_CONDITIONS) ? termsEnvelopeId : null;
            StepStatus status = known == null ? StepStatus.PENDING : StepStatus.valueOf(known.status);
            List<String> actions = StepCommands.available(step, status).stream().map(Enum::name).toList();
            String instruction = status == StepStatus.WAITING_FOR_PERSON ? PersonInstructions.of(step.id()) : null;
            return known == null
                    ? new OnboardingView.StepView(step.id(), step.section().title(), step.owner(), status.name(), 0, null,
                            null, null, links.of(step.id(), null, envelope), actions, instruction)
                    : new OnboardingView.StepView(step.id(), step.section().title(), step.owner(), known.status,
                            known.attempt, known.message, known.updatedAt,
                            known.statusSince == null ? known.updatedAt : known.statusSince,
                            links.of(step.id(), known.message, envelope), actions, instruction);
        }).toList();
        int done = (int) checklist.stream().filter(s -> OnboardingStatus.finished(s.status())).count();
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
        return OnboardingStatus.of(checklist.stream()
                .collect(Collectors.toMap(OnboardingView.StepView::step, OnboardingView.StepView::status))).status();
    }
}
