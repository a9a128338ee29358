package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.FieldMerge;
import com.onboarding.documentation.rules.HelpDeskSupport;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.messaging.turns.Turns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step docs.help-desk-udf: the company's "Help Desk Support Type" user-defined field, set only once the go-live
 * date is reached (GoLiveReached), never earlier. The picklist value sent is looked up by its configured label in
 * {@code /Companies/entityInformation/userDefinedFields} (value and label differ); PATCH sends only that UDF. An
 * existing customer's value is merged, never downgraded ({@link FieldMerge}, {@link HelpDeskSupport#merged}).
 */
@ApplicationScoped
public class HelpDeskUdfStep implements StepWork {

    public static final String STEP = StepIds.DOCS_HELP_DESK_UDF;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StepEngine engine;
    private final StepTracker steps;
    private final AutotaskClient autotask;
    private final DocumentationConfig.HelpDeskUdf config;
    private final Turns turns;

    public HelpDeskUdfStep(StepEngine engine, StepTracker steps, AutotaskClient autotask, DocumentationConfig config,
            Turns turns) {
        this.turns = turns;
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
        ContractCreated contract = onboarding.contract();
        // two onboardings of one company going live the same day would each merge from the old value
        return StepResult.done(turns.inTurn("autotask.company-udf", String.valueOf(contract.companyId()),
                () -> set(contract, onboarding.goLive)));
    }

    private String set(ContractCreated contract, LocalDate goLive) {
        Map<String, String> labelsByValue = picklist();
        JsonNode company = autotask.get("Companies", contract.companyId()).orElseThrow(() -> new NeedsAttention(
                "Autotask has no company " + contract.companyId() + " (" + contract.companyName() + ")"));
        String currentValue = null;
        for (JsonNode udf : company.path("userDefinedFields")) {
            if (udf.path("name").asText().equals(config.name()) && !udf.path("value").isNull()) {
                currentValue = udf.path("value").asText();
            }
        }
        String currentLabel = currentValue == null ? null : labelsByValue.getOrDefault(currentValue, currentValue);
        Map<HelpDeskSupport, String> labels = new EnumMap<>(HelpDeskSupport.class);
        for (HelpDeskSupport support : HelpDeskSupport.values()) {
            labels.put(support, label(support));
        }
        FieldMerge merge = FieldMerge.of(config.name() + " of " + contract.companyName(), currentLabel,
                HelpDeskSupport.of(contract.terms()), labels, HelpDeskSupport::merged);
        if (merge.write().isEmpty()) {
            return merge.message();
        }
        String label = merge.write().get();
        String value = labelsByValue.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(label))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new NeedsAttention("The picklist '" + config.name()
                        + "' has no entry labelled '" + label + "' (it has " + labelsByValue.values() + "): fix"
                        + " documentation.help-desk-udf in the configuration or the picklist, then retry"));
        ObjectNode patch = MAPPER.createObjectNode().put("id", contract.companyId());
        patch.putArray("userDefinedFields").addObject().put("name", config.name()).put("value", value);
        autotask.update("Companies", patch);
        return merge.message() + " (go-live " + goLive + ")";
    }

    /** The picklist's value -> label (they differ), from {@code /Companies/entityInformation/userDefinedFields}. */
    private Map<String, String> picklist() {
        JsonNode udf = autotask.userDefinedField("Companies", config.name()).orElseThrow(() -> new NeedsAttention(
                "Autotask has no company user-defined field '" + config.name() + "'; define it in Admin, then retry"));
        Map<String, String> labelsByValue = new LinkedHashMap<>();
        for (JsonNode option : udf.path("picklistValues")) {
            labelsByValue.put(option.path("value").asText(), option.path("label").asText());
        }
        return labelsByValue;
    }

    private String label(HelpDeskSupport support) {
        return switch (support) {
            case HELP_DESK -> config.helpDesk();
            case BACKUP_ONLY -> config.backupOnly();
            case NO_HELP_DESK -> config.noHelpDesk();
        };
    }
}
