package com.onboarding.gateway;

import com.onboarding.events.steps.StepIds;
import java.util.Arrays;
import java.util.List;

/** The checklist's rows: every step of the catalogue ({@link com.onboarding.events.steps.Step}) in the procedure's order. */
public final class GatewaySteps {

    public static final String ENVELOPE = StepIds.INTAKE_ENVELOPE;
    public static final String TERMS_AND_CONDITIONS = StepIds.INTAKE_TERMS_AND_CONDITIONS;

    public record Step(String id, String owner, String section) {
    }

    public static final List<Step> ALL = Arrays.stream(com.onboarding.events.steps.Step.values())
            .map(step -> new Step(step.id(), step.owner(), step.section().title()))
            .toList();

    private GatewaySteps() {
    }
}
