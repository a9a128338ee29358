package com.onboarding.reporting.steps;

import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.reporting.ReportsProcedure;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.flow.ReportOnboarding;
import com.onboarding.reporting.graph.ReportFolders;
import com.onboarding.reporting.rules.ReportFolder;
import jakarta.enterprise.context.ApplicationScoped;

/** Step reports.folder ("Reports Storage"): the customer's report folder exists (an existing one counts). */
@ApplicationScoped
public class FolderStep implements StepWork {

    private final ReportFolders folders;
    private final ReportsProcedure procedure;
    private final ReportingConfig.SharePoint sharepoint;

    public FolderStep(ReportFolders folders, ReportsProcedure procedure, ReportingConfig config) {
        this.folders = folders;
        this.procedure = procedure;
        this.sharepoint = config.sharepoint();
    }

    @Override
    public String step() {
        return StepIds.REPORTS_FOLDER;
    }

    @Override
    public StepResult run(StepJob job) {
        ReportOnboarding onboarding = ReportOnboarding.snapshot(job.onboardingId());
        String path = ReportFolder.path(sharepoint.reportsFolder(), onboarding.companyName);
        String url = folders.ensure(path);
        return StepResult.done("Folder '" + path + "' exists" + (url == null ? "" : ": " + url),
                () -> procedure.folderExists(job.onboardingId()));
    }
}
