package com.onboarding.contract.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.config.ContractConfig;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.onboarding.ServiceSetup;
import com.onboarding.contract.rules.SignedPriceCheck;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step contract.services: each signed service goes on the contract only after its kind's SetupCompleted, through a
 * service adjustment from the day it actually began at the signed unit price and quantity, then read back ({@link
 * SignedPriceCheck}); a difference needs attention. Done when every signed kind is on the contract.
 */
@ApplicationScoped
public class ServicesStep implements StepWork {

    private final AutotaskContracts autotask;
    private final ContractConfig config;
    private final ContractProcedure procedure;

    public ServicesStep(AutotaskContracts autotask, ContractConfig config, ContractProcedure procedure) {
        this.autotask = autotask;
        this.config = config;
        this.procedure = procedure;
    }

    @Override
    public String step() {
        return ContractSteps.SERVICES;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        ContractOnboarding onboarding = ContractOnboarding.snapshot(id);
        if (onboarding == null || !onboarding.hasContract()) {
            return StepResult.pending("Waits for the recurring contract");
        }
        AgreementTerms terms = onboarding.agreement();
        List<ServiceSetup> setups = QuarkusTransaction.requiringNew().call(() -> ServiceSetup.of(id));
        List<String> added = new ArrayList<>();
        Set<ServiceKind> addedKinds = new LinkedHashSet<>();
        Set<ServiceKind> onContract = new LinkedHashSet<>();
        for (ServiceSetup setup : setups) {
            ServiceKind kind = setup.key.serviceKind();
            List<SignedService> signed = terms.services().stream().filter(s -> s.kind() == kind).toList();
            if (signed.isEmpty()) {
                continue;
            }
            if (!setup.onContract) {
                for (SignedService service : signed) {
                    added.add(addAtSignedPrice(onboarding, service, setup.serviceStart));
                }
                addedKinds.add(kind);
            }
            onContract.add(kind);
        }
        List<ServiceKind> waiting = terms.services().stream().map(SignedService::kind).distinct()
                .filter(kind -> !onContract.contains(kind)).toList();
        Runnable record = () -> procedure.servicesAdded(id, addedKinds);
        String done = added.isEmpty() ? "" : String.join("; ", added) + "; ";
        if (waiting.isEmpty()) {
            return StepResult.done(done + "every signed service is on contract " + onboarding.contractId, record);
        }
        return new StepResult.Pending(done + "on the contract: " + onContract + "; waiting for the setup of " + waiting,
                record);
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
        Optional<String> mismatch = SignedPriceCheck.mismatch(service.name(), service.monthlyPrice(), service.quantity(),
                start, price == null ? null : new BigDecimal(price),
                billed.map(AutotaskContracts.BilledUnits::units).orElse(null),
                billed.map(AutotaskContracts.BilledUnits::start).orElse(null), onboarding.contractId);
        if (mismatch.isPresent()) {
            throw new NeedsAttention(mismatch.get());
        }
        return "'" + service.name() + "' ×" + service.quantity() + " at " + service.monthlyPrice().toPlainString()
                + " from " + start;
    }
}
