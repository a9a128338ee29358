package com.onboarding.contract.rules;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import java.util.Optional;

/**
 * Procedure I, "Alert": a customer who already has a monthly contract gets the new services added to it — unless the
 * new agreement has an annual commitment, which needs a contract of its own.
 */
public final class ContractChoice {

    /** Reuse {@code existingContractId}, or create a new contract when it is empty. */
    public record Decision(Optional<Long> existingContractId, String reason) {

        public boolean reuse() {
            return existingContractId.isPresent();
        }
    }

    private ContractChoice() {
    }

    public static Decision decide(AgreementTerms terms, Optional<Long> existingMonthlyContract) {
        if (existingMonthlyContract.isEmpty()) {
            return new Decision(Optional.empty(), "the company has no monthly contract");
        }
        if (terms.commitment() == Commitment.ANNUAL) {
            return new Decision(Optional.empty(), "the agreement has an annual commitment, which needs its own contract");
        }
        return new Decision(existingMonthlyContract, "the company's monthly contract is reused");
    }

    /** Procedure I.3: "Default Service Desk Contract" exactly when it is managed services and the customer is on help desk. */
    public static boolean defaultServiceDeskContract(AgreementTerms terms) {
        return terms.managedServicesWithHelpDesk();
    }
}
