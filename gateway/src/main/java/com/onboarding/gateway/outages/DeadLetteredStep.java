package com.onboarding.gateway.outages;

import com.onboarding.events.EventType;
import com.onboarding.events.steps.Step;
import java.util.Optional;

/**
 * Which step of the checklist a dead-lettered event was driving: the step its consumer would have run next. A dead
 * letter is then visible where staff look (the step FAILED with the reason), not only in the operators' view.
 */
public final class DeadLetteredStep {

    private DeadLetteredStep() {
    }

    /**
     * @param service   the consumer that dead-lettered it (from {@code onboarding.dead-letter.<service>})
     * @param eventType the event's type; empty when the record could not be read
     * @param retryStep for a dead-lettered StepRetryRequested, the step it asked to retry
     */
    public static Optional<Step> of(String service, EventType eventType, String retryStep) {
        if (eventType == null) {
            return first(service);
        }
        Optional<Step> step = switch (eventType) {
            case CONTRACT_SIGNED -> Optional.of(Step.CONTRACT_RECURRING);
            case CONTRACT_CREATED -> first(service);
            case SETUP_COMPLETED -> service.equals(Step.CONTRACT_SERVICES.owner()) ? Optional.of(Step.CONTRACT_SERVICES)
                    : Optional.of(Step.DOCS_CONFIGURATION_ITEMS);
            case GO_LIVE_DATE_SET -> Optional.of(Step.CONTRACT_GO_LIVE);
            case GO_LIVE_REACHED -> Optional.of(Step.DOCS_HELP_DESK_UDF);
            case STEP_RETRY_REQUESTED, STEP_CONFIRMED, STEP_SKIPPED -> Step.byId(retryStep);
            case STEP_CHANGED -> Optional.empty();
        };
        return step.filter(s -> s.owner().equals(service));
    }

    private static Optional<Step> first(String service) {
        return Step.ownedBy(service).stream().findFirst();
    }
}
