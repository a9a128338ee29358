package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.clients.autotask.Filter;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.ConfigurationItem;
import com.onboarding.documentation.rules.ConfigurationItemPlan;
import com.onboarding.documentation.rules.RmmItemPolling;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Step docs.configuration-items (rules in {@link ConfigurationItemPlan}): after the setup is confirmed, every RMM
 * (and backup) configuration item of the company carries the contract; the RMM agent's items are waited for with
 * a bounded backoff ({@link RmmItemPolling}, a wait of the step engine); a backup-only contract gets
 * its backup item created when there is none. Items are changed by PATCH of contractID only.
 */
@ApplicationScoped
public class ConfigurationItemsStep implements StepWork {

    public static final String STEP = StepIds.DOCS_CONFIGURATION_ITEMS;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StepEngine engine;
    private final AutotaskClient autotask;
    private final DocumentationConfig.ConfigurationItems config;
    private final RmmItemPolling polling;

    public ConfigurationItemsStep(StepEngine engine, AutotaskClient autotask, DocumentationConfig config) {
        this.engine = engine;
        this.autotask = autotask;
        this.config = config.configurationItems();
        this.polling = new RmmItemPolling(this.config.firstCheck(), this.config.maxInterval(), this.config.maxChecks());
    }

    /** Looks at the items after this transaction (after ContractCreated, a SetupCompleted or a person's retry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(DocOnboarding onboarding) {
        engine.schedule(onboarding.onboardingId, STEP);
    }

    @Override
    public String step() {
        return STEP;
    }

    /** One look at the company's items; while the RMM agent's items are missing, looks again with the backoff. */
    @Override
    public StepResult run(StepJob job) {
        DocOnboarding onboarding = DocOnboarding.snapshot(job.onboardingId());
        ContractCreated contract = onboarding.contract();
        long backupProduct = backupProduct(contract);
        ConfigurationItemPlan.Action action = ConfigurationItemPlan.plan(contract.terms(), onboarding.rmmSetup,
                onboarding.backupSetup, () -> items(contract.companyId()), contract.contractId(), backupProduct);
        if (action instanceof ConfigurationItemPlan.Attach attach) {
            return StepResult.done(attach(contract, attach, backupProduct, onboarding));
        }
        if (action instanceof ConfigurationItemPlan.WaitForRmmItems) {
            int checks = job.checks() + 1;
            if (polling.givesUpAfter(checks)) {
                throw new NeedsAttention(RmmItemPolling.missing(contract.companyName(), contract.companyId(), checks,
                        polling.window()));
            }
            return StepResult.waitAgain(polling.delayAfter(checks), "waiting for the RMM agent's configuration items of "
                    + contract.companyName() + " to appear in Autotask (looked " + checks + " of " + polling.checks()
                    + " times)");
        }
        if (action instanceof ConfigurationItemPlan.NeedsPerson person) {
            throw new NeedsAttention(person.message());
        }
        return StepResult.pending(((ConfigurationItemPlan.Wait) action).reason());
    }

    private String attach(ContractCreated contract, ConfigurationItemPlan.Attach attach, long backupProduct,
            DocOnboarding onboarding) {
        List<String> titles = new ArrayList<>();
        if (attach.createBackupItem()) {
            titles.add(createBackupItem(contract, backupProduct, onboarding) + " (created)");
        }
        for (ConfigurationItem item : attach.items()) {
            ObjectNode patch = MAPPER.createObjectNode().put("id", item.id()).put("contractID", contract.contractId());
            autotask.update("ConfigurationItems", patch);
            titles.add(item.title());
        }
        if (titles.isEmpty()) {
            return "every configuration item already carries contract '" + contract.contractName() + "' ("
                    + attach.alreadyOnContract() + ")";
        }
        return "contract '" + contract.contractName() + "' added to " + String.join(", ", titles)
                + (attach.alreadyOnContract() > 0 ? "; " + attach.alreadyOnContract() + " already carried it" : "");
    }

    private String createBackupItem(ContractCreated contract, long backupProduct, DocOnboarding onboarding) {
        String title = contract.companyName() + " - " + config.backupProduct();
        ObjectNode item = MAPPER.createObjectNode().put("companyID", contract.companyId()).put("productID", backupProduct)
                .put("isActive", true).put("contractID", contract.contractId()).put("referenceTitle", title);
        if (onboarding.backupSetup != null) {
            item.put("installDate", onboarding.backupSetup + "T00:00:00");
        }
        autotask.createUnlessExists(
                () -> autotask.findOne("ConfigurationItems", Filter.eq("companyID", contract.companyId()),
                        Filter.eq("productID", backupProduct)),
                () -> autotask.create("ConfigurationItems", item));
        return title;
    }

    private long backupProduct(ContractCreated contract) {
        // reference data: found once per autotask.metadata-ttl, not on every look at the items
        JsonNode product = autotask.referenceByName("Products", config.backupProduct()).orElse(null);
        if (product == null && contract.terms().isBackupOnly()) {
            throw new NeedsAttention("Autotask has no product named '" + config.backupProduct() + "' for the backup"
                    + " configuration item: fix documentation.configuration-items.backup-product, then retry");
        }
        return product == null ? -1 : product.path("id").asLong();
    }

    private List<ConfigurationItem> items(long companyId) {
        return autotask.query("ConfigurationItems", Filter.eq("companyID", companyId)).stream()
                .map(i -> new ConfigurationItem(i.path("id").asLong(), title(i), nullableLong(i, "productID"),
                        i.path("rmmDeviceUID").asText(null), nullableLong(i, "contractID")))
                .toList();
    }

    private static String title(JsonNode item) {
        for (String field : List.of("referenceTitle", "rmmDeviceAuditHostname", "serialNumber")) {
            if (item.hasNonNull(field) && !item.get(field).asText().isBlank()) {
                return item.get(field).asText();
            }
        }
        return "item " + item.path("id").asLong();
    }

    private static Long nullableLong(JsonNode item, String field) {
        return item.hasNonNull(field) ? item.get(field).asLong() : null;
    }
}
