package com.onboarding.documentation;

import com.onboarding.documentation.steps.ConfigurationItemsStep;
import com.onboarding.documentation.steps.HelpDeskUdfStep;
import com.onboarding.documentation.steps.ITGlueStep;
import com.onboarding.documentation.steps.MsaListStep;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.GoLiveReached;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.messaging.engine.StepEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Section V of the procedure, in the order events allow: on ContractCreated the customer is added to the MSA list
 * and its IT Glue Site Summary is set; the configuration items follow the setup (SetupCompleted); the help-desk
 * UDF waits for GoLiveReached. Events can arrive in any order: what was seen is kept, and each step runs once
 * what it needs is known. Each event only records what is known and which step work is due; the calls to Graph,
 * IT Glue and Autotask run after the commit (messaging's step engine), so a slow answer never holds a consumer.
 */
@ApplicationScoped
public class DocumentationFlow {

    public static final Set<String> STEPS = Set.of(MsaListStep.STEP, ConfigurationItemsStep.STEP, HelpDeskUdfStep.STEP,
            ITGlueStep.STEP);

    private final StepEngine engine;
    private final ConfigurationItemsStep configurationItems;
    private final HelpDeskUdfStep helpDeskUdf;

    public DocumentationFlow(StepEngine engine, ConfigurationItemsStep configurationItems, HelpDeskUdfStep helpDeskUdf) {
        this.engine = engine;
        this.configurationItems = configurationItems;
        this.helpDeskUdf = helpDeskUdf;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractCreated(ContractCreated event) {
        DocOnboarding onboarding = DocOnboarding.lock(event.onboardingId());
        onboarding.contract(event);
        engine.schedule(event.onboardingId(), MsaListStep.STEP);
        engine.schedule(event.onboardingId(), ITGlueStep.STEP);
        configurationItems.evaluate(onboarding);
        helpDeskUdf.evaluate(event, onboarding.goLive);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setupCompleted(SetupCompleted event) {
        DocOnboarding onboarding = DocOnboarding.lock(event.onboardingId());
        if (event.service() == ServiceKind.RMM) {
            onboarding.rmmSetup = event.serviceStart();
        } else {
            onboarding.backupSetup = event.serviceStart();
        }
        if (onboarding.contractCreated != null) {
            configurationItems.evaluate(onboarding);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void goLiveReached(GoLiveReached event) {
        DocOnboarding onboarding = DocOnboarding.lock(event.onboardingId());
        onboarding.goLive = event.goLiveDate();
        if (onboarding.contractCreated != null) {
            helpDeskUdf.evaluate(onboarding.contract(), onboarding.goLive);
        }
    }

    /** A person asked to run a step again: it runs with what is known (the help-desk UDF still waits for go-live). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(String onboardingId, String step) {
        DocOnboarding onboarding = DocOnboarding.lock(onboardingId);
        ContractCreated contract = onboarding.contract();
        if (contract == null) {
            return;
        }
        switch (step) {
            case MsaListStep.STEP, ITGlueStep.STEP -> engine.schedule(onboardingId, step);
            case ConfigurationItemsStep.STEP -> configurationItems.evaluate(onboarding);
            case HelpDeskUdfStep.STEP -> helpDeskUdf.evaluate(contract, onboarding.goLive);
            default -> {
            }
        }
    }
}
