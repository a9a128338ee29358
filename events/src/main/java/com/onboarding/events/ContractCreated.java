package com.onboarding.events;

/**
 * The Autotask recurring service contract exists (new, or the customer's monthly contract reused) with its setup-fee charge.
 *
 * @param companyId   the Autotask company id
 * @param companyName the Autotask company name, exactly as Autotask spells it
 * @param contractId  the Autotask contract id
 * @param reused      true when the existing monthly contract was reused
 */
public record ContractCreated(
        int schemaVersion,
        String onboardingId,
        long companyId,
        String companyName,
        long contractId,
        String contractName,
        boolean reused,
        AgreementTerms terms) implements OnboardingEvent {

    public static ContractCreated of(String onboardingId, long companyId, String companyName, long contractId,
            String contractName, boolean reused, AgreementTerms terms) {
        return new ContractCreated(CurrentSchema.VERSION, onboardingId, companyId, companyName, contractId, contractName,
                reused, terms);
    }
}
