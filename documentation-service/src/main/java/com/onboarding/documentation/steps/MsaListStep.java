package com.onboarding.documentation.steps;

import com.onboarding.events.steps.StepIds;
import com.onboarding.clients.graph.ETagMismatch;
import com.onboarding.clients.graph.FileContent;
import com.onboarding.clients.graph.GraphClient;
import com.onboarding.clients.http.TransientFailure;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.MsaCustomerList;
import com.onboarding.documentation.rules.MsaListRow;
import com.onboarding.documentation.rules.MsaListUnreadable;
import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Step docs.msa-list: the customer's row in "List of MSA and Hosted Services Customers" (a Word document at the
 * root of the SharePoint Documents library). Download with its eTag, add the row if absent, upload with
 * {@code If-Match}: when someone else saved the document in between (412), read it again and redo the edit, so
 * two writers never overwrite each other and the row is there once.
 */
@ApplicationScoped
public class MsaListStep implements StepWork {

    public static final String STEP = StepIds.DOCS_MSA_LIST;

    private static final Logger LOG = Logger.getLogger(MsaListStep.class);

    private final GraphClient graph;
    private final DocumentationConfig.MsaList config;
    private volatile String driveId;

    public MsaListStep(GraphClient graph, DocumentationConfig config) {
        this.graph = graph;
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
            return StepResult.done(addOnce(row));
        } catch (MsaListUnreadable e) {
            throw new NeedsAttention("'" + config.path() + "': " + e.getMessage());
        }
    }

    private String addOnce(MsaListRow row) {
        String drive = drive();
        for (int attempt = 1; attempt <= config.maxConflicts(); attempt++) {
            FileContent file = graph.download(drive, config.path());
            Optional<byte[]> edited = MsaCustomerList.withCustomer(file.content(), row);
            if (edited.isEmpty()) {
                return row.customer() + " was already listed in '" + config.path() + "'";
            }
            try {
                graph.upload(drive, config.path(), edited.get(), file.eTag());
                return row.customer() + " added to '" + config.path() + "' (" + row.services() + ")"
                        + (attempt > 1 ? "; the document changed meanwhile, so it was read again " + (attempt - 1)
                                + " time(s)" : "");
            } catch (ETagMismatch e) {
                LOG.infof("'%s' changed while adding %s (attempt %d); reading it again", config.path(), row.customer(),
                        attempt);
            }
        }
        throw new TransientFailure("'" + config.path() + "' kept changing while " + row.customer() + " was being added ("
                + config.maxConflicts() + " tries); try again", null);
    }

    private String drive() {
        if (driveId == null) {
            driveId = graph.driveId(graph.siteId(config.hostname(), config.sitePath()), config.library());
        }
        return driveId;
    }
}
