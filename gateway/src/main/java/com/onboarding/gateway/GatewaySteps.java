package com.onboarding.gateway;

import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;

/** The gateway's own steps, and how many rows a checklist has (every step of the catalogue, {@link Step}). */
public final class GatewaySteps {

    public static final String ENVELOPE = StepIds.INTAKE_ENVELOPE;
    public static final String TERMS_AND_CONDITIONS = StepIds.INTAKE_TERMS_AND_CONDITIONS;
    public static final int TOTAL = Step.values().length;

    private GatewaySteps() {
    }
}
