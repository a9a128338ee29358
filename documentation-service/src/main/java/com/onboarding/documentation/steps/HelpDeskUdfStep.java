package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.HelpDeskSupport;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Step docs.help-desk-udf: the company's "Help Desk Support Type" user-defined field, set only once the go-live
 * date is reached (GoLiveReached), never earlier. The picklist value sent is looked up by its configured label in
 * {@code /Companies/entityInformation/userDefinedFields} (value and label differ); PATCH sends only that UDF.
 */
@ApplicationScoped
public class HelpDeskUdfStep implements StepWork {

    public static final String STEP = StepIds.DOCS_HELP_DESK_UDF;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StepEngine engine;
    private final StepTracker steps;
    private final AutotaskClient autotask;
    private final DocumentationConfig.HelpDeskUdf config;

    public HelpDeskUdfStep(StepEngine engine, StepTracker steps, AutotaskClient autotask, DocumentationConfig config) {
        this.engine = engine;
        this.steps = steps;
        this.autotask = autotask;
        this.config = config.helpDeskUdf();
    }

    /** Before the go-live date only says when it will happen; on or after it, sets the field (after the commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(ContractCreated contract, LocalDate goLive) {
        if (goLive == null) {
            steps.pending(contract.onboardingId(), STEP, "set on the go-live date, never earlier (procedure V)");
            return;
        }
        engine.schedule(contract.onboardingId(), STEP);
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public StepResult run(StepJob job) {
        DocOnboarding onboarding = DocOnboarding.snapshot(job.onboardingId());
        if (onboarding.goLive == null) {
            return StepResult.pending("set on the go-live date, never earlier (procedure V)");
        }
        return StepResult.done(set(onboarding.contract(), onboarding.goLive));
    }

    private String set(ContractCreated contract, LocalDate goLive) {
        String label = label(HelpDeskSupport.of(contract.terms()));
        String value = picklistValue(label);
        JsonNode company = autotask.get("Companies", contract.companyId()).orElseThrow(() -> new NeedsAttention(
                "Autotask has no company " + contract.companyId() + " (" + contract.companyName() + ")"));
        for (JsonNode udf : company.path("userDefinedFields")) {
            if (udf.path("name").asText().equals(config.name()) && udf.path("value").asText().equals(value)) {
                return config.name() + " of " + contract.companyName() + " was already '" + label + "'";
            }
        }
        ObjectNode patch = MAPPER.createObjectNode().put("id", contract.companyId());
        patch.putArray("userDefinedFields").addObject().put("name", config.name()).put("value", value);
        autotask.update("Companies", patch);
        return config.name() + " of " + contract.companyName() + " set to '" + label + "' (go-live " + goLive + ")";
    }

    private String picklistValue(String label) {
        JsonNode udf = autotask.userDefinedField("Companies", config.name()).orElseThrow(() -> new NeedsAttention(
                "Autotask has no company user-defined field '" + config.name() + "'; define it in Admin, then retry"));
        List<String> labels = new ArrayList<>();
        for (JsonNode option : udf.path("picklistValues")) {
            if (option.path("label").asText().equalsIgnoreCase(label)) {
                return option.path("value").asText();
            }
            labels.add(option.path("label").asText());
        }
        throw new NeedsAttention("The picklist '" + config.name() + "' has no entry labelled '" + label + "' (it has "
                + labels + "): fix documentation.help-desk-udf in the configuration or the picklist, then retry");
    }

    private String label(HelpDeskSupport support) {
        return switch (support) {
            case HELP_DESK -> config.helpDesk();
            case BACKUP_ONLY -> config.backupOnly();
            case NO_HELP_DESK -> config.noHelpDesk();
        };
    }
}
