package com.onboarding.contract;

/** The steps this service owns (ids as in onboarding-flow.md). */
public final class ContractSteps {
    public static final String RECURRING = "contract.recurring";
    public static final String SETUP_FEE = "contract.setup-fee";
    public static final String SERVICES = "contract.services";
    public static final String RECURRING_TICKETS = "contract.recurring-tickets";
    public static final String GO_LIVE = "contract.go-live";
    public static final String PREFIX = "contract.";

    private ContractSteps() {
    }
}
