package com.onboarding.contract.steps;

import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.autotask.Company;
import com.onboarding.contract.autotask.ExistingContract;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.rules.ContractChoice;
import com.onboarding.contract.rules.ContractDates;
import com.onboarding.contract.rules.ContractNaming;
import com.onboarding.contract.rules.MonthlyContractPick;
import com.onboarding.events.AgreementTerms;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Step contract.recurring: the company's active monthly recurring contract is reused unless the agreement has an
 * annual commitment ({@link ContractChoice}); otherwise a new Recurring Service contract, named ({@link
 * ContractNaming}) and dated ({@link ContractDates}) as the procedure says, looked up by its marker before it is made.
 */
@ApplicationScoped
public class RecurringContractStep implements StepWork {

    private final AutotaskContracts autotask;
    private final ContractProcedure procedure;

    public RecurringContractStep(AutotaskContracts autotask, ContractProcedure procedure) {
        this.autotask = autotask;
        this.procedure = procedure;
    }

    @Override
    public String step() {
        return ContractSteps.RECURRING;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        ContractOnboarding onboarding = ContractOnboarding.snapshot(id);
        if (onboarding == null) {
            return StepResult.pending("Waits for the signed agreement");
        }
        if (onboarding.hasContract()) {
            return StepResult.done("Contract '" + onboarding.contractName + "' (" + onboarding.contractId + ")",
                    () -> procedure.advance(ContractOnboarding.lock(id)));
        }
        AgreementTerms terms = onboarding.agreement();
        Company company = autotask.company(terms.accountName()).orElseThrow(() -> new NeedsAttention(
                "Autotask has no company named '" + terms.accountName() + "'. Create the account in Autotask, or correct"
                        + " the account name on the agreement, then retry this step."));
        if (terms.intendedStart() == null) {
            throw new NeedsAttention("The agreement has no intended service start; complete the intake terms, then retry.");
        }
        String name = ContractNaming.name(company.name(), terms);
        // one query: the monthly contracts to reuse and the look-up of the one this onboarding may have made
        AutotaskContracts.CompanyContracts contracts = autotask.companyContracts(company.id(), name, id);
        Optional<MonthlyContractPick.Pick> pick = MonthlyContractPick.pick(contracts.monthly());
        Optional<ExistingContract> monthly = pick.map(MonthlyContractPick.Pick::contract);
        ContractChoice.Decision decision = ContractChoice.decide(terms, monthly.map(ExistingContract::id));
        LocalDate start = ContractDates.startDate(terms.intendedStart());
        LocalDate end = ContractDates.endDate(start);
        long contractId = decision.existingContractId().orElseGet(() -> autotask.createContract(company.id(), name, start,
                end, ContractChoice.defaultServiceDeskContract(terms), id, contracts.made()));
        String contractName = decision.reuse() ? monthly.get().name() : name;
        // recurring tickets run until the contract they belong to ends
        LocalDate contractEnd = decision.reuse() && monthly.get().endDate() != null ? monthly.get().endDate() : end;
        // read first, written only when needed, read back (AutotaskContracts)
        boolean flagged = decision.reuse() && ContractChoice.defaultServiceDeskContract(terms)
                && autotask.makeDefaultServiceDesk(contractId);
        String message = decision.reuse() ? "Reused '" + contractName + "' (" + contractId + "): " + decision.reason()
                + " (" + pick.get().reason() + ")" + (flagged ? "; made it the Default Service Desk Contract" : "")
                : "Created '" + name + "' (" + contractId + "), " + start + " to " + end + ": " + decision.reason();
        return StepResult.done(message, () -> {
            ContractOnboarding locked = ContractOnboarding.lock(id);
            locked.contract(company.id(), company.name(), contractId, contractName, contractEnd, decision.reuse());
            procedure.advance(locked);
        });
    }
}
