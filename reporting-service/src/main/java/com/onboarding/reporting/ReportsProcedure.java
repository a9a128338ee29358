package com.onboarding.reporting;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.engine.Procedure;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.flow.ReportOnboarding;
import com.onboarding.reporting.rules.ReportScope;
import com.onboarding.reporting.rules.ReportSequence;
import com.onboarding.reporting.rules.ReportSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Section III of the procedure, "Schedule Reports For RMM (not for backup) in AutoTask and in Datto RMM", as this
 * service runs it. Every method runs in an event's inbox transaction and only says which step is due; the work of
 * each step (package {@code steps}) runs after the commit, on messaging's step engine.
 *
 * <pre>
 * not for backup           a contract without RMM skips all four steps               rule ReportScope
 * Reports Storage          reports.folder      first; "a critical step"             rule ReportFolder,  FolderStep (Graph)
 * Autotask Report          reports.autotask    after the folder; waits for a person  rule ScheduleTicket, AutotaskReportStep
 * Datto RMM Reports        reports.datto-rmm   after the folder; waits for a person  rule ScheduleTicket, DattoRmmReportStep
 * Think Automation Server  reports.recipients  after both schedules are handed over; rules RecipientRows,
 *                          waits for the Datto RMM site; names identical            CompanyNameIdentity, RecipientsStep
 * </pre>
 *
 * A schedule waits for its technician ticket to be completed (looked at with the engine's one backoff, at most once
 * an hour each once past the first minutes) or for a person's confirm with evidence; a retry never confirms it.
 */
@ApplicationScoped
public class ReportsProcedure implements Procedure {

    private static final Logger LOG = Logger.getLogger(ReportsProcedure.class);

    private final StepEngine engine;
    private final StepTracker steps;
    private final Clock clock;

    public ReportsProcedure(StepEngine engine, StepTracker steps, Clock clock) {
        this.engine = engine;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public boolean owns(String step) {
        return ReportSteps.owns(step);
    }

    /** Not for backup: skipped with the reason; otherwise the report folder comes first. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractCreated(ContractCreated event) {
        String id = event.onboardingId();
        if (ReportOnboarding.findById(id) != null) {
            return;
        }
        ReportOnboarding.of(event, OffsetDateTime.now(clock)).persist();
        Optional<String> notForBackup = ReportScope.skipReason(event.terms());
        if (notForBackup.isPresent()) {
            ReportSteps.ALL.forEach(step -> steps.skipped(id, step, notForBackup.get()));
            return;
        }
        steps.pending(id, ReportSteps.FOLDER, null);
        steps.pending(id, ReportSteps.AUTOTASK, "Waits for the report folder");
        steps.pending(id, ReportSteps.DATTO_RMM, "Waits for the report folder");
        steps.pending(id, ReportSteps.RECIPIENTS, "Waits for the report schedules");
        engine.schedule(id, ReportSteps.FOLDER);
    }

    /** The folder exists: both schedules are handed to technicians (in the recording transaction of the folder). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void folderExists(String onboardingId) {
        ReportSteps.SCHEDULES.forEach(schedule -> engine.schedule(onboardingId, schedule));
    }

    /** A schedule is handed over (its ticket waits, it is done or skipped): the recipients follow once both are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleHandedOver(String onboardingId) {
        if (ReportSequence.mayAddRecipients(status(onboardingId, ReportSteps.FOLDER),
                status(onboardingId, ReportSteps.AUTOTASK), status(onboardingId, ReportSteps.DATTO_RMM))
                && status(onboardingId, ReportSteps.RECIPIENTS) == StepStatus.PENDING
                && !engine.isScheduled(onboardingId, ReportSteps.RECIPIENTS)) {
            engine.schedule(onboardingId, ReportSteps.RECIPIENTS);
        }
    }

    /** Runs the step again with what is known (a waiting schedule looks at its ticket now; it is not confirmed). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(StepRetryRequested command) {
        if (!isFinal(status(command.onboardingId(), command.step()))) {
            engine.schedule(command.onboardingId(), command.step());
        }
    }

    /** A schedule waiting for a person is done with who, when and the evidence; any other confirm changes nothing. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(StepConfirmed command) {
        String id = command.onboardingId();
        StepStatus status = status(id, command.step());
        if (!ReportSteps.isSchedule(command.step()) || status != StepStatus.WAITING_FOR_PERSON) {
            LOG.infof("Onboarding %s: confirmation of %s ignored, the step is %s", id, command.step(), status);
            return;
        }
        steps.done(id, command.step(), command.message());
        engine.cancel(id, command.step());
        scheduleHandedOver(id);
    }

    /** Skipped with the reason; a skipped schedule counts as handed over, a skipped folder releases nothing. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void skip(StepSkipped command) {
        String id = command.onboardingId();
        if (isFinal(status(id, command.step()))) {
            return;
        }
        steps.skipped(id, command.step(), command.message());
        engine.cancel(id, command.step());
        if (ReportSteps.isSchedule(command.step())) {
            scheduleHandedOver(id);
        }
    }

    private StepStatus status(String onboardingId, String step) {
        return steps.find(onboardingId, step).map(state -> state.status).orElse(null);
    }

    private static boolean isFinal(StepStatus status) {
        return status != null && status.isFinal();
    }
}
