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
<<<<<<< HEAD
import java.util.Optional;
import org.jboss.logging.Logger;
=======
import jakarta.transaction.Transactional;
>>>>>>> perf

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

<<<<<<< HEAD
    private static final Logger LOG = Logger.getLogger(MsaListStep.class);

    private final GraphClient graph;
=======
    private final StepRunner runner;
    private final MsaListBatch batch;
>>>>>>> perf
    private final DocumentationConfig.MsaList config;

<<<<<<< HEAD
    public MsaListStep(GraphClient graph, DocumentationConfig config) {
        this.graph = graph;
=======
    public MsaListStep(StepRunner runner, MsaListBatch batch, DocumentationConfig config) {
        this.runner = runner;
        this.batch = batch;
>>>>>>> perf
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
<<<<<<< HEAD
        try {
            return StepResult.done(addOnce(row));
        } catch (MsaListUnreadable e) {
            throw new NeedsAttention("'" + config.path() + "': " + e.getMessage());
        }
=======
        runner.run(contract.onboardingId(), STEP, () -> {
            try {
                return batch.add(row);
            } catch (MsaListUnreadable e) {
                throw new NeedsAttention("'" + config.path() + "': " + e.getMessage());
            }
        });
>>>>>>> perf
    }
}
