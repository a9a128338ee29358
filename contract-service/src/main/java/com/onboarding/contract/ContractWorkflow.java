package com.onboarding.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.autotask.Company;
import com.onboarding.contract.autotask.ExistingContract;
import com.onboarding.contract.config.ContractConfig;
import com.onboarding.contract.golive.GoLiveTimers;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.onboarding.ServiceSetup;
import com.onboarding.contract.rules.ContractChoice;
import com.onboarding.contract.rules.MonthlyContractPick;
import com.onboarding.contract.rules.ContractDates;
import com.onboarding.contract.rules.ContractNaming;
import com.onboarding.contract.rules.SignedPriceCheck;
import com.onboarding.contract.tickets.RecurringTickets;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepRunner;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sections I and II of the procedure, in order: the recurring contract (new or reused), its setup fee, then
 * ContractCreated; later, per SetupCompleted, the service at its signed price from its actual start, read back, and
 * its recurring ticket. Each step's outcome commits with the events it publishes.
 */
@ApplicationScoped
public class ContractWorkflow {

    private final AutotaskContracts autotask;
    private final ContractConfig config;
    private final StepRunner runner;
    private final StepTracker steps;
    private final Outbox outbox;
    private final GoLiveTimers goLive;
    private final RecurringTickets recurringTickets;
    private final Clock clock;

    public ContractWorkflow(AutotaskContracts autotask, ContractConfig config, StepRunner runner, StepTracker steps,
            Outbox outbox, GoLiveTimers goLive, RecurringTickets recurringTickets, Clock clock) {
        this.autotask = autotask;
        this.config = config;
        this.runner = runner;
        this.steps = steps;
        this.outbox = outbox;
        this.goLive = goLive;
        this.recurringTickets = recurringTickets;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(String onboardingId, AgreementTerms terms) {
        ContractOnboarding onboarding = ContractOnboarding.findById(onboardingId);
        if (onboarding == null) {
            onboarding = new ContractOnboarding();
            onboarding.onboardingId = onboardingId;
            onboarding.terms = EventJson.mapper().valueToTree(terms).toString();
            onboarding.createdAt = OffsetDateTime.now(clock);
            onboarding.persist();
            steps.pending(onboardingId, ContractSteps.SERVICES, "Waiting for the setup of " + kinds(terms) + " to be completed");
            steps.pending(onboardingId, ContractSteps.RECURRING_TICKETS, "Scheduled once each service is on the contract");
        }
        setUpContract(onboarding);
        goLive.reschedule(onboardingId, Optional.empty());
    }

    /** contract.recurring, then contract.setup-fee, then ContractCreated; stops at the first step that does not finish. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setUpContract(ContractOnboarding onboarding) {
        AgreementTerms terms = onboarding.agreement();
        String id = onboarding.onboardingId;
        if (!onboarding.hasContract() && !runner.run(id, ContractSteps.RECURRING, () -> recurringContract(onboarding, terms))) {
            return;
        }
        if (!steps.isDone(id, ContractSteps.SETUP_FEE) && !runner.run(id, ContractSteps.SETUP_FEE, () -> setupFee(onboarding, terms))) {
            return;
        }
        if (onboarding.announcedAt != null) {
            return;
        }
        onboarding.announcedAt = OffsetDateTime.now(clock);
        outbox.publish(ContractCreated.of(id, onboarding.companyId, onboarding.companyName, onboarding.contractId,
                onboarding.contractName, Boolean.TRUE.equals(onboarding.reused), terms));
        for (ServiceSetup setup : ServiceSetup.of(id)) {
            addService(onboarding, setup);
        }
    }

    private String recurringContract(ContractOnboarding onboarding, AgreementTerms terms) {
        Company company = autotask.company(terms.accountName()).orElseThrow(() -> new NeedsAttention(
                "Autotask has no company named '" + terms.accountName() + "'. Create the account in Autotask, or correct"
                        + " the account name on the agreement, then retry this step."));
        if (terms.intendedStart() == null) {
            throw new NeedsAttention("The agreement has no intended service start; complete the intake terms, then retry.");
        }
        Optional<MonthlyContractPick.Pick> pick = MonthlyContractPick.pick(autotask.monthlyContracts(company.id()));
        Optional<ExistingContract> monthly = pick.map(MonthlyContractPick.Pick::contract);
        ContractChoice.Decision decision = ContractChoice.decide(terms, monthly.map(ExistingContract::id));
        String name = ContractNaming.name(company.name(), terms);
        LocalDate start = ContractDates.startDate(terms.intendedStart());
        LocalDate end = ContractDates.endDate(start);
        long contractId = decision.existingContractId().orElseGet(() -> autotask.createContract(company.id(), name, start, end,
                ContractChoice.defaultServiceDeskContract(terms), onboarding.onboardingId));
        onboarding.companyId = company.id();
        onboarding.companyName = company.name();
        onboarding.contractId = contractId;
        onboarding.contractName = decision.reuse() ? monthly.get().name() : name;
        // recurring tickets run until the contract they belong to ends
        onboarding.contractEnd = decision.reuse() && monthly.get().endDate() != null ? monthly.get().endDate() : end;
        onboarding.reused = decision.reuse();
        boolean flagged = decision.reuse() && ContractChoice.defaultServiceDeskContract(terms)
                && autotask.makeDefaultServiceDesk(contractId);
        return decision.reuse() ? "Reused '" + onboarding.contractName + "' (" + contractId + "): " + decision.reason()
                + " (" + pick.get().reason() + ")" + (flagged ? "; made it the Default Service Desk Contract" : "")
                : "Created '" + name + "' (" + contractId + "), " + start + " to " + end + ": " + decision.reason();
    }

    private String setupFee(ContractOnboarding onboarding, AgreementTerms terms) {
        BigDecimal fee = terms.setupFee();
        if (fee == null || fee.signum() == 0) {
            return "No setup fee in the agreement";
        }
        JsonNode charge = autotask.setupFeeCharge(onboarding.contractId, config.setupFee().chargeName(),
                config.setupFee().chargeType(), config.setupFee().billingCodeId(), fee,
                ContractDates.startDate(terms.intendedStart()), onboarding.onboardingId);
        BigDecimal charged = new BigDecimal(charge.path("unitPrice").asText("0"))
                .multiply(new BigDecimal(charge.path("unitQuantity").asText("1")));
        if (charged.compareTo(fee) != 0) {
            throw new NeedsAttention("The setup fee charge " + charge.path("id").asText() + " on contract "
                    + onboarding.contractId + " is " + charged.toPlainString() + " but the agreement says "
                    + fee.toPlainString() + ". Correct the charge in Autotask, then retry this step.");
        }
        return "Setup fee " + fee.toPlainString() + " charged on contract " + onboarding.contractId;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setupCompleted(String onboardingId, ServiceKind kind, LocalDate serviceStart, String confirmedBy,
            String instructionsUrl) {
        ServiceSetup setup = ServiceSetup.findById(new ServiceSetup.Key(onboardingId, kind));
        if (setup == null) {
            setup = new ServiceSetup();
            setup.key = new ServiceSetup.Key(onboardingId, kind);
            setup.serviceStart = serviceStart;
            setup.persist();
        }
        setup.serviceStart = serviceStart;
        setup.confirmedBy = confirmedBy;
        setup.instructionsUrl = instructionsUrl;
        ContractOnboarding onboarding = ContractOnboarding.findById(onboardingId);
        if (onboarding != null && onboarding.hasContract() && steps.isDone(onboardingId, ContractSteps.SETUP_FEE)) {
            addService(onboarding, setup);
        }
        goLive.reschedule(onboardingId, Optional.empty());
    }

    /** contract.services and contract.recurring-tickets for one service kind that is now in effect. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addService(ContractOnboarding onboarding, ServiceSetup setup) {
        AgreementTerms terms = onboarding.agreement();
        String id = onboarding.onboardingId;
        ServiceKind kind = setup.key.serviceKind();
        List<SignedService> signed = terms.services().stream().filter(s -> s.kind() == kind).toList();
        if (signed.isEmpty()) {
            return;
        }
        boolean added = runner.run(id, ContractSteps.SERVICES, () -> {
            List<String> done = new ArrayList<>();
            for (SignedService service : signed) {
                done.add(addAtSignedPrice(onboarding, service, setup.serviceStart));
            }
            setup.onContract = true;
            return String.join("; ", done) + waitingFor(onboarding, terms);
        });
        if (added) {
            if (!allOnContract(onboarding, terms)) {
                steps.pending(id, ContractSteps.SERVICES, "On the contract: " + kind + waitingFor(onboarding, terms));
            }
            runner.run(id, ContractSteps.RECURRING_TICKETS, () -> recurringTickets.schedule(onboarding, setup));
        }
    }

    private String addAtSignedPrice(ContractOnboarding onboarding, SignedService service, LocalDate start) {
        Long serviceId = config.serviceCatalogue().get(service.name());
        if (serviceId == null) {
            throw new NeedsAttention("No Autotask service is configured for the agreement's service '" + service.name()
                    + "' (contract.service-catalogue). Add it, then retry this step.");
        }
        // looks the service up on the contract first; adds it only when it is not there
        autotask.addService(onboarding.contractId, serviceId, start, service.monthlyPrice(), service.quantity());
        JsonNode onContract = autotask.contractService(onboarding.contractId, serviceId).orElseThrow(() -> new NeedsAttention(
                "'" + service.name() + "' is not on contract " + onboarding.contractId + " after adding it; check Autotask."));
        String price = onContract.path("unitPrice").asText(null); // Autotask's ContractService has no adjustedPrice
        Optional<AutotaskContracts.BilledUnits> billed = autotask.billedUnits(onboarding.contractId, serviceId);
        Optional<String> mismatch = SignedPriceCheck.mismatch(service.name(), service.monthlyPrice(), service.quantity(), start,
                price == null ? null : new BigDecimal(price), billed.map(AutotaskContracts.BilledUnits::units).orElse(null),
                billed.map(AutotaskContracts.BilledUnits::start).orElse(null), onboarding.contractId);
        if (mismatch.isPresent()) {
            throw new NeedsAttention(mismatch.get());
        }
        return "'" + service.name() + "' ×" + service.quantity() + " at " + service.monthlyPrice().toPlainString() + " from " + start;
    }

    private boolean allOnContract(ContractOnboarding onboarding, AgreementTerms terms) {
        return terms.services().stream().map(SignedService::kind).distinct().allMatch(kind -> {
            ServiceSetup setup = ServiceSetup.findById(new ServiceSetup.Key(onboarding.onboardingId, kind));
            return setup != null && setup.onContract;
        });
    }

    private String waitingFor(ContractOnboarding onboarding, AgreementTerms terms) {
        List<ServiceKind> waiting = terms.services().stream().map(SignedService::kind).distinct().filter(kind -> {
            ServiceSetup setup = ServiceSetup.findById(new ServiceSetup.Key(onboarding.onboardingId, kind));
            return setup == null || !setup.onContract;
        }).toList();
        return waiting.isEmpty() ? "" : "; waiting for the setup of " + waiting;
    }

    private static String kinds(AgreementTerms terms) {
        return terms.services().stream().map(SignedService::kind).distinct().toList().toString();
    }

    /** Re-runs a step a person asked to retry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(String onboardingId, String step) {
        ContractOnboarding onboarding = ContractOnboarding.findById(onboardingId);
        if (onboarding == null) {
            return;
        }
        switch (step) {
            case ContractSteps.RECURRING, ContractSteps.SETUP_FEE -> setUpContract(onboarding);
            case ContractSteps.SERVICES, ContractSteps.RECURRING_TICKETS -> {
                if (onboarding.hasContract()) {
                    ServiceSetup.of(onboardingId).forEach(setup -> addService(onboarding, setup));
                }
            }
            case ContractSteps.GO_LIVE -> goLive.reschedule(onboardingId, Optional.empty());
            default -> {
            }
        }
    }
}
