package com.onboarding.reporting.steps;

import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.Backoff;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.dattormm.DattoRmmClient;
import com.onboarding.reporting.flow.ReportOnboarding;
import com.onboarding.reporting.recipients.RecipientDatabase;
import com.onboarding.reporting.rules.CompanyNameIdentity;
import com.onboarding.reporting.rules.RecipientRows;
import com.onboarding.reporting.rules.ReportSequence;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Step reports.recipients ("Think Automation Server: add report recipient contact(s) to SQL database. Company name
 * must be identical to Autotask / Datto RMM name"): once both schedules are handed over, one row per recipient and
 * report type, looked up before inserted. A Datto RMM site that does not exist yet (it appears when the RMM agent
 * is first deployed) is waited for, bounded ({@code reporting.recipients.site-wait}), then a person is asked.
 */
@ApplicationScoped
public class RecipientsStep implements StepWork {

    private final DattoRmmClient datto;
    private final RecipientDatabase recipients;
    private final StepTracker steps;
    private final ReportingConfig.Recipients config;
    private final Backoff looks;

    public RecipientsStep(DattoRmmClient datto, RecipientDatabase recipients, StepTracker steps, ReportingConfig config) {
        this.datto = datto;
        this.recipients = recipients;
        this.steps = steps;
        this.config = config.recipients();
        this.looks = new Backoff(this.config.siteWait().firstCheck(), this.config.siteWait().maxCheck());
    }

    @Override
    public String step() {
        return StepIds.REPORTS_RECIPIENTS;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        if (!QuarkusTransaction.requiringNew().call(() -> ReportSequence.mayAddRecipients(status(id, StepIds.REPORTS_FOLDER),
                status(id, StepIds.REPORTS_AUTOTASK), status(id, StepIds.REPORTS_DATTO_RMM)))) {
            return StepResult.pending("Waits for the report schedules");
        }
        ReportOnboarding onboarding = ReportOnboarding.snapshot(id);
        String company = onboarding.companyName;
        List<RecipientRows.Row> rows = RecipientRows.of(company, onboarding.contract().terms().reportRecipients(),
                config.reportTypes());
        List<String> sites = datto.siteNames();
        if (CompanyNameIdentity.siteMissing(company, sites)) {
            return waitForSite(company, job.checks() + 1);
        }
        CompanyNameIdentity.check(company, sites, recipients.spellingsLike(company));
        long added = rows.stream().filter(recipients::addIfAbsent).count();
        return StepResult.done(rows.size() + " report-recipient rows present for '" + company + "' (" + added
                + " added now)");
    }

    private StepResult waitForSite(String company, int look) {
        int most = config.siteWait().maxChecks();
        if (look >= most) {
            throw new NeedsAttention("No Datto RMM site named '" + company + "' (the Autotask company name) appeared in "
                    + look + " looks. Deploy the RMM agent, or create or rename the site to exactly this name, then retry.");
        }
        return StepResult.waitAgain(looks.delayAfter(look), "Waiting for the Datto RMM site '" + company
                + "' (it appears when the RMM agent is first deployed); looked " + look + " of " + most + " times");
    }

    private StepStatus status(String id, String step) {
        return steps.find(id, step).map(state -> state.status).orElse(null);
    }
}
