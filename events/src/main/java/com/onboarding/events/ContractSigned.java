package com.onboarding.events;

/** The gateway verified a completed DocuSign envelope (and the T&amp;C agreement is on file). */
public record ContractSigned(int schemaVersion, String onboardingId, AgreementTerms terms) implements OnboardingEvent {

    public static ContractSigned of(String onboardingId, AgreementTerms terms) {
        return new ContractSigned(CurrentSchema.VERSION, onboardingId, terms);
    }
}
