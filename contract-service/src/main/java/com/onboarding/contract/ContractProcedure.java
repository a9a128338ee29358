package com.onboarding.contract;

import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.onboarding.GoLive;
import com.onboarding.contract.onboarding.ServiceSetup;
import com.onboarding.contract.rules.ContractChoice;
import com.onboarding.contract.rules.ContractDates;
import com.onboarding.contract.rules.ContractNaming;
import com.onboarding.contract.rules.GoLiveDateRule;
import com.onboarding.contract.rules.Recurrence;
import com.onboarding.contract.rules.RecurringTicketText;
import com.onboarding.contract.rules.SignedPriceCheck;
import com.onboarding.contract.steps.GoLiveStep;
import com.onboarding.contract.steps.RecurringContractStep;
import com.onboarding.contract.steps.RecurringTicketsStep;
import com.onboarding.contract.steps.ServicesStep;
import com.onboarding.contract.steps.SetupFeeStep;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import com.onboarding.events.GoLiveReached;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Step;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Sections I and II of the procedure (new-rmm-backup-contract-procedure.txt) as contract-service runs them: {@link
 * #SECTION} names each step in order, what it waits for, the rules that decide and the step work that acts in
 * Autotask. The methods below are the only place a step is made due; they run in a consumed event's inbox
 * transaction (or a step's recording transaction) and only record state and intents: every Autotask call runs
 * after the commit, as step work of messaging's engine.
 */
@ApplicationScoped
public class ContractProcedure {

    /** One step of the section: what makes it due, which pure rules decide, which step work acts. */
    public record Line(Step step, String waitsFor, List<Class<?>> rules, Class<? extends StepWork> work) {
    }

    public static final List<Line> SECTION = List.of(
            // I. recurring service contract: reuse the monthly one unless an annual commitment; name; first of the
            //    month to the end of the 18th month; default service desk contract with help desk
            new Line(Step.CONTRACT_RECURRING, "the signed agreement (ContractSigned)",
                    List.of(ContractChoice.class, ContractNaming.class, ContractDates.class), RecurringContractStep.class),
            // I.4 the setup fee as signed, on the new or the reused contract; then ContractCreated
            new Line(Step.CONTRACT_SETUP_FEE, "contract.recurring", List.of(), SetupFeeStep.class),
            // I. services AFTER CONFIRMING SETUP: from the day the service began, at the signed price, read back
            new Line(Step.CONTRACT_SERVICES, "contract.setup-fee and SetupCompleted of the service's kind",
                    List.of(SignedPriceCheck.class), ServicesStep.class),
            // II. recurring tickets: every n months from the service's start, none after the contract ends
            new Line(Step.CONTRACT_RECURRING_TICKETS, "contract.services, then each due date (a timer)",
                    List.of(Recurrence.class, RecurringTicketText.class), RecurringTicketsStep.class),
            // go-live: the date staff set, else the agreement's, else the day the last signed service began
            new Line(Step.CONTRACT_GO_LIVE, "its date (a timer)", List.of(GoLiveDateRule.class), GoLiveStep.class));

    private static final String RECURRING = ContractSteps.RECURRING;
    private static final String SETUP_FEE = ContractSteps.SETUP_FEE;
    private static final String SERVICES = ContractSteps.SERVICES;
    private static final String RECURRING_TICKETS = ContractSteps.RECURRING_TICKETS;
    private static final String GO_LIVE = ContractSteps.GO_LIVE;

    private final StepEngine engine;
    private final StepTracker steps;
    private final Outbox outbox;
    private final Clock clock;

    public ContractProcedure(StepEngine engine, StepTracker steps, Outbox outbox, Clock clock) {
        this.engine = engine;
        this.steps = steps;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(String onboardingId, AgreementTerms terms) {
        ContractOnboarding onboarding = ContractOnboarding.lock(onboardingId);
        if (onboarding == null) {
            onboarding = ContractOnboarding.signed(onboardingId, EventJson.mapper().valueToTree(terms).toString(),
                    OffsetDateTime.now(clock));
            steps.pending(onboardingId, SERVICES, "Waiting for the setup of " + kinds(terms) + " to be completed");
            steps.pending(onboardingId, RECURRING_TICKETS, "Scheduled once each service is on the contract");
        }
        advance(onboarding);
        goLive(onboardingId, Optional.empty());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setupCompleted(String onboardingId, ServiceKind kind, LocalDate serviceStart, String confirmedBy,
            String instructionsUrl) {
        ServiceSetup.record(onboardingId, kind, serviceStart, confirmedBy, instructionsUrl);
        ContractOnboarding onboarding = ContractOnboarding.lock(onboardingId);
        if (onboarding != null && onboarding.announcedAt != null) {
            dueUnlessSkipped(onboardingId, SERVICES);
        }
        goLive(onboardingId, Optional.empty());
    }

    /**
     * contract.recurring, then contract.setup-fee, then ContractCreated and the services already set up: makes due
     * the first of them not finished. Safe to call again at any time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(ContractOnboarding onboarding) {
        String id = onboarding.onboardingId;
        if (!onboarding.hasContract()) {
            dueUnlessFinished(id, RECURRING);
            return;
        }
        if (!finished(id, SETUP_FEE)) {
            dueUnlessFinished(id, SETUP_FEE);
            return;
        }
        if (onboarding.announcedAt == null) {
            onboarding.announcedAt = OffsetDateTime.now(clock);
            outbox.publish(ContractCreated.of(id, onboarding.companyId, onboarding.companyName, onboarding.contractId,
                    onboarding.contractName, Boolean.TRUE.equals(onboarding.reused), onboarding.agreement()));
        }
        if (ServiceSetup.of(id).stream().anyMatch(setup -> !setup.onContract)) {
            dueUnlessSkipped(id, SERVICES);
        }
    }

    /** The services of these kinds are on the contract at their signed price: their recurring tickets are due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void servicesAdded(String onboardingId, Collection<ServiceKind> kinds) {
        kinds.forEach(kind -> ServiceSetup.<ServiceSetup>findById(new ServiceSetup.Key(onboardingId, kind)).onContract = true);
        if (ServiceSetup.of(onboardingId).stream().anyMatch(setup -> setup.onContract)) {
            dueUnlessSkipped(onboardingId, RECURRING_TICKETS);
        }
    }

    /**
     * Sets the go-live timer to the date known now (staff, agreement, setups), under the go-live row's lock so a
     * timer being fired stays fired (issue 14); once GoLiveReached was published nothing changes it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goLive(String onboardingId, Optional<LocalDate> setByStaff) {
        GoLive goLive = GoLive.lock(onboardingId);
        if (goLive.reached() || skipped(onboardingId, GO_LIVE)) {
            return;
        }
        setByStaff.ifPresent(date -> goLive.setByStaff = date);
        Optional<LocalDate> date = goLive.date();
        if (date.isEmpty()) {
            engine.cancel(onboardingId, GO_LIVE);
            steps.pending(onboardingId, GO_LIVE, GoLiveStep.NO_DATE);
            return;
        }
        engine.scheduleAt(onboardingId, GO_LIVE, startOf(date.get()));
        steps.pending(onboardingId, GO_LIVE, "Go-live on " + date.get());
    }

    /** The go-live date came: GoLiveReached, once (recorded with the go-live step's result). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goLiveReached(String onboardingId) {
        GoLive goLive = GoLive.lock(onboardingId);
        Optional<LocalDate> date = goLive.date();
        if (goLive.reached() || date.isEmpty()) {
            return;
        }
        if (date.get().isAfter(LocalDate.now(clock))) {
            // staff moved the date while the timer fired: the rescheduled timer runs the step again
            steps.pending(onboardingId, GO_LIVE, "Go-live on " + date.get());
            return;
        }
        goLive.reachedOn = date.get();
        goLive.reachedAt = OffsetDateTime.now(clock);
        outbox.publish(GoLiveReached.of(onboardingId, date.get()));
    }

    /** The start of a date in the MSP's time zone (the clock's), when a timer for that date is due. */
    public OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private void dueUnlessFinished(String onboardingId, String step) {
        if (!finished(onboardingId, step)) {
            engine.schedule(onboardingId, step);
        }
    }

    private void dueUnlessSkipped(String onboardingId, String step) {
        if (!skipped(onboardingId, step)) {
            engine.schedule(onboardingId, step);
        }
    }

    private boolean finished(String onboardingId, String step) {
        return steps.find(onboardingId, step).map(state -> state.status.isFinal()).orElse(false);
    }

    private boolean skipped(String onboardingId, String step) {
        return steps.find(onboardingId, step).map(state -> state.status == StepStatus.SKIPPED).orElse(false);
    }

    private static String kinds(AgreementTerms terms) {
        return terms.services().stream().map(SignedService::kind).distinct().toList().toString();
    }
}
