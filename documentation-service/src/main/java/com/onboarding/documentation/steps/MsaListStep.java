package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.MsaListRow;
import com.onboarding.documentation.rules.MsaListUnreadable;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Step docs.msa-list: the customer's row in "List of MSA and Hosted Services Customers" (a Word document at the
 * root of the SharePoint Documents library). Download with its eTag, add the row if absent, upload with
 * {@code If-Match}: when someone else saved the document in between (412), read it again and redo the edit, so
 * two writers never overwrite each other and the row is there once. Rows of onboardings that arrive together are
 * written in one edit ({@link MsaListBatch}).
 */
@ApplicationScoped
public class MsaListStep implements StepWork {

    public static final String STEP = StepIds.DOCS_MSA_LIST;

    private final MsaListBatch batch;
    private final DocumentationConfig.MsaList config;

    public MsaListStep(MsaListBatch batch, DocumentationConfig config) {
        this.batch = batch;
        this.config = config.msaList();
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public StepResult run(StepJob job) {
        ContractCreated contract = DocOnboarding.snapshot(job.onboardingId()).contract();
        MsaListRow row = MsaListRow.of(contract.companyName(), contract.terms());
        try {
            return StepResult.done(batch.add(row));
        } catch (MsaListUnreadable e) {
            throw new NeedsAttention("'" + config.path() + "': " + e.getMessage());
        }
    }
}
