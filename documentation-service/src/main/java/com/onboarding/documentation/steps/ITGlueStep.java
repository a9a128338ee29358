package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.fasterxml.jackson.databind.node.TextNode;
import com.onboarding.clients.itglue.FlexibleAsset;
import com.onboarding.clients.itglue.FlexibleAssetField;
import com.onboarding.clients.itglue.FlexibleAssetType;
import com.onboarding.clients.itglue.ITGlueClient;
import com.onboarding.clients.itglue.ITGlueOrganization;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.FieldMerge;
import com.onboarding.documentation.rules.ManagedServicesType;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.turns.Turns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step docs.it-glue: "Type of Managed Services" of the customer's Site Summary asset(s) in IT Glue is the
 * agreement's service type (option per type in configuration). The organization is found by the Autotask company
 * name (IT Glue syncs it from the PSA), the field's trait key is read from the asset type, and every other trait
 * of the asset is kept (IT Glue's PATCH deletes what it is not sent). An existing customer's type is merged, never
 * downgraded ({@link FieldMerge}, {@link ManagedServicesType#merged}).
 */
@ApplicationScoped
public class ITGlueStep implements StepWork {

    public static final String STEP = StepIds.DOCS_IT_GLUE;

    private final ITGlueClient itGlue;
    private final DocumentationConfig.ItGlue config;
    private final Turns turns;

    public ITGlueStep(ITGlueClient itGlue, DocumentationConfig config, Turns turns) {
        this.turns = turns;
        this.itGlue = itGlue;
        this.config = config.itGlue();
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public StepResult run(StepJob job) {
        ContractCreated contract = DocOnboarding.snapshot(job.onboardingId()).contract();
        // two onboardings of one customer at once would each merge from the old type
        return StepResult.done(turns.inTurn("it-glue.site-summary", String.valueOf(contract.companyName()).toLowerCase(Locale.ROOT),
                () -> set(contract)));
    }

    private String set(ContractCreated contract) {
        if (contract.terms().services().isEmpty()) {
            throw new NeedsAttention("The agreement names no service, so its type of managed services is unknown");
        }
        ITGlueOrganization organization = itGlue.organizationByName(contract.companyName()).orElseThrow(() ->
                new NeedsAttention("IT Glue has no organization named '" + contract.companyName() + "' (it comes from the"
                        + " Autotask sync): sync or create it, then retry"));
        FlexibleAssetType type = itGlue.flexibleAssetTypeByName(config.assetType()).orElseThrow(() ->
                new NeedsAttention("IT Glue has no flexible asset type '" + config.assetType() + "'"));
        FlexibleAssetField field = type.field(config.field()).orElseThrow(() -> new NeedsAttention("The IT Glue asset type '"
                + config.assetType() + "' has no field '" + config.field() + "'"));
        List<FlexibleAsset> assets = itGlue.flexibleAssets(type.id(), organization.id());
        if (assets.isEmpty()) {
            throw new NeedsAttention("The IT Glue organization '" + organization.name() + "' has no " + config.assetType()
                    + " asset: create it, then retry");
        }
        Map<ManagedServicesType, String> options = new EnumMap<>(ManagedServicesType.class);
        for (ManagedServicesType each : ManagedServicesType.values()) {
            options.put(each, option(each));
        }
        ManagedServicesType signed = ManagedServicesType.of(contract.terms());
        List<String> messages = new ArrayList<>();
        for (FlexibleAsset asset : assets) {
            FieldMerge merge = FieldMerge.of(config.field(), asset.traits().path(field.nameKey()).asText(null), signed,
                    options, ManagedServicesType::merged);
            merge.write().ifPresent(value -> itGlue.updateTrait(type, asset.id(), field.nameKey(), TextNode.valueOf(value)));
            messages.add(merge.message());
        }
        return String.join("; ", new LinkedHashSet<>(messages)) + " on " + assets.size() + " " + config.assetType()
                + " asset(s) of '" + organization.name() + "'";
    }

    private String option(ManagedServicesType type) {
        return switch (type) {
            case FULLY_MANAGED -> config.fullyManaged();
            case RMM_AND_BACKUP -> config.rmmAndBackup();
            case RMM_ONLY -> config.rmmOnly();
            case BACKUP_ONLY -> config.backupOnly();
        };
    }
}
