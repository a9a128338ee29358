package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.MsaListRow;
import com.onboarding.documentation.rules.MsaListUnreadable;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Step docs.msa-list: the customer's row in "List of MSA and Hosted Services Customers" (a Word document at the
 * root of the SharePoint Documents library). Download with its eTag, add the row if absent, upload with
 * {@code If-Match}: when someone else saved the document in between (412), read it again and redo the edit, so
 * two writers never overwrite each other and the row is there once. Rows of onboardings that arrive together are
 * written in one edit ({@link MsaListBatch}).
 */
@ApplicationScoped
public class MsaListStep {

    public static final String STEP = StepIds.DOCS_MSA_LIST;

    private final StepRunner runner;
    private final MsaListBatch batch;
    private final DocumentationConfig.MsaList config;

    public MsaListStep(StepRunner runner, MsaListBatch batch, DocumentationConfig config) {
        this.runner = runner;
        this.batch = batch;
        this.config = config.msaList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void run(ContractCreated contract) {
        MsaListRow row = MsaListRow.of(contract.companyName(), contract.terms());
        runner.run(contract.onboardingId(), STEP, () -> {
            try {
                return batch.add(row);
            } catch (MsaListUnreadable e) {
                throw new NeedsAttention("'" + config.path() + "': " + e.getMessage());
            }
        });
    }
}
