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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        List<Line> lines = new ArrayList<>();
        for (ServiceSetup setup : setups) {
            ServiceKind kind = setup.key.serviceKind();
            List<SignedService> signed = terms.services().stream().filter(s -> s.kind() == kind).toList();
            if (signed.isEmpty()) {
                continue;
            }
            if (!setup.onContract) {
                signed.forEach(service -> lines.add(new Line(service, serviceId(service), setup.serviceStart)));
                addedKinds.add(kind);
            }
            onContract.add(kind);
        }
        if (!lines.isEmpty()) {
            added.addAll(addAtSignedPrice(onboarding, lines));
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

    /** A signed service line to put on the contract from the day its setup completed. */
    private record Line(SignedService service, long serviceId, LocalDate start) {
    }

    private Long serviceId(SignedService service) {
        Long serviceId = config.serviceCatalogue().get(service.name());
        if (serviceId == null) {
            throw new NeedsAttention("No Autotask service is configured for the agreement's service '" + service.name()
                    + "' (contract.service-catalogue). Add it, then retry this step.");
        }
        return serviceId;
    }

    /**
     * Every line of this run in three queries plus one write per line: the services already on the contract looked
     * up in one query (a line whose service is there is not added again), one adjustment each for the others, then
     * their units, start and unit price read back in one query and compared with the agreement.
     */
    private List<String> addAtSignedPrice(ContractOnboarding onboarding, List<Line> lines) {
        Set<Long> serviceIds = new LinkedHashSet<>();
        lines.forEach(line -> serviceIds.add(line.serviceId()));
        Map<Long, JsonNode> before = autotask.contractServices(onboarding.contractId, serviceIds);
        Map<Long, JsonNode> there = new HashMap<>(before);
        for (Line line : lines) {
            SignedService service = line.service();
            autotask.addService(onboarding.contractId, line.serviceId(), line.start(), service.monthlyPrice(),
                    service.quantity(), Optional.ofNullable(there.get(line.serviceId())));
            there.putIfAbsent(line.serviceId(), MAPPER.createObjectNode());
        }
        Map<Long, AutotaskContracts.BilledUnits> billed = autotask.billedUnits(onboarding.contractId, serviceIds);
        List<String> added = new ArrayList<>();
        for (Line line : lines) {
            SignedService service = line.service();
            AutotaskContracts.BilledUnits units = billed.get(line.serviceId());
            JsonNode lookedUp = before.get(line.serviceId());
            if (units == null && lookedUp == null) {
                throw new NeedsAttention("'" + service.name() + "' is not on contract " + onboarding.contractId
                        + " after adding it; check Autotask.");
            }
            // a service someone put on the contract without units: its own unit price (the look-up's answer)
            BigDecimal price = units != null && units.price() != null ? units.price()
                    : lookedUp != null && lookedUp.hasNonNull("unitPrice") ? new BigDecimal(lookedUp.path("unitPrice").asText()) : null;
            Optional<String> mismatch = SignedPriceCheck.mismatch(service.name(), service.monthlyPrice(), service.quantity(),
                    line.start(), price, units == null ? null : units.units(), units == null ? null : units.start(),
                    onboarding.contractId);
            if (mismatch.isPresent()) {
                throw new NeedsAttention(mismatch.get());
            }
            added.add("'" + service.name() + "' ×" + service.quantity() + " at " + service.monthlyPrice().toPlainString()
                    + " from " + line.start());
        }
        return added;
    }
}
