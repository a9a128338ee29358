package com.onboarding.contract.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.config.ContractConfig;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.rules.ContractDates;
import com.onboarding.events.AgreementTerms;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Step contract.setup-fee: one charge of exactly the signed amount on the contract (new or reused), found again by
 * the onboarding's marker before it is created, and read back. Then ContractCreated ({@link ContractProcedure#advance}).
 */
@ApplicationScoped
public class SetupFeeStep implements StepWork {

    private final AutotaskContracts autotask;
    private final ContractConfig.SetupFee config;
    private final ContractProcedure procedure;

    public SetupFeeStep(AutotaskContracts autotask, ContractConfig config, ContractProcedure procedure) {
        this.autotask = autotask;
        this.config = config.setupFee();
        this.procedure = procedure;
    }

    @Override
    public String step() {
        return ContractSteps.SETUP_FEE;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        ContractOnboarding onboarding = ContractOnboarding.snapshot(id);
        if (onboarding == null || !onboarding.hasContract()) {
            return StepResult.pending("Waits for the recurring contract");
        }
        return StepResult.done(charge(onboarding, onboarding.agreement()), () -> procedure.advance(ContractOnboarding.lock(id)));
    }

    private String charge(ContractOnboarding onboarding, AgreementTerms terms) {
        BigDecimal fee = terms.setupFee();
        if (fee == null || fee.signum() == 0) {
            return "No setup fee in the agreement";
        }
        JsonNode charge = autotask.setupFeeCharge(onboarding.contractId, config.chargeName(), config.chargeType(),
                config.billingCodeId(), fee, ContractDates.startDate(terms.intendedStart()), onboarding.onboardingId);
        BigDecimal charged = new BigDecimal(charge.path("unitPrice").asText("0"))
                .multiply(new BigDecimal(charge.path("unitQuantity").asText("1")));
        if (charged.compareTo(fee) != 0) {
            throw new NeedsAttention("The setup fee charge " + charge.path("id").asText() + " on contract "
                    + onboarding.contractId + " is " + charged.toPlainString() + " but the agreement says "
                    + fee.toPlainString() + ". Correct the charge in Autotask, then retry this step.");
        }
        return "Setup fee " + fee.toPlainString() + " charged on contract " + onboarding.contractId;
    }
}
