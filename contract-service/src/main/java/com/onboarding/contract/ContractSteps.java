package com.onboarding.contract;

import com.onboarding.events.steps.StepIds;

/** The steps this service owns (ids as in onboarding-flow.md). */
public final class ContractSteps {
    public static final String RECURRING = StepIds.CONTRACT_RECURRING;
    public static final String SETUP_FEE = StepIds.CONTRACT_SETUP_FEE;
    public static final String SERVICES = StepIds.CONTRACT_SERVICES;
    public static final String RECURRING_TICKETS = StepIds.CONTRACT_RECURRING_TICKETS;
    public static final String GO_LIVE = StepIds.CONTRACT_GO_LIVE;

    private ContractSteps() {
    }
}
