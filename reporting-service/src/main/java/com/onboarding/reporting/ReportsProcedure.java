package com.onboarding.reporting;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Section;
import com.onboarding.messaging.engine.Procedure;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.flow.ReportOnboarding;
import com.onboarding.reporting.rules.ReportScope;
import com.onboarding.reporting.rules.ReportSequence;
import com.onboarding.reporting.rules.ReportSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Section III of the procedure, "Schedule Reports For RMM (not for backup) in AutoTask and in Datto RMM", as this
 * service runs it. Every method runs in an event's inbox transaction and only says which step is due; the work of
 * each step (package {@code steps}) runs after the commit, on messaging's step engine.
 *
 * <pre>
 * not for backup           a contract without RMM skips all four steps               rule ReportScope
 * Reports Storage          reports.folder      first; "a critical step"             rule ReportFolder,  FolderStep (Graph)
 * Autotask Report          reports.autotask    after the folder; waits for a person  rule ScheduleTicket, ScheduleTicketStep
 * Datto RMM Reports        reports.datto-rmm   after the folder; waits for a person  rule ScheduleTicket, ScheduleTicketStep
 * Think Automation Server  reports.recipients  after both schedules are handed over; rules RecipientRows,
 *                          waits for the Datto RMM site; names identical            CompanyNameIdentity, RecipientsStep
 * </pre>
 *
 * A schedule waits for its technician ticket to be completed (looked at with the engine's one backoff, at most once
 * an hour each once past the first minutes) or for a person's confirm with evidence; a staff retry (messaging's
 * {@code StepEngine.retry}) runs a step's work again, and never confirms a schedule.
 */
@ApplicationScoped
public class ReportsProcedure implements Procedure {

    private final StepEngine engine;
    private final StepTracker steps;
    private final Clock clock;

    public ReportsProcedure(StepEngine engine, StepTracker steps, Clock clock) {
        this.engine = engine;
        this.steps = steps;
        this.clock = clock;
    }

    /** Not for backup: skipped with the reason; otherwise the report folder comes first. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractCreated(ContractCreated event) {
        if (ReportOnboarding.findById(event.onboardingId()) == null) {
            ReportOnboarding.of(event, OffsetDateTime.now(clock)).persist();
            begin(event.onboardingId(), ReportScope.skipReason(event.terms()));
        }
    }

    private void begin(String onboardingId, Optional<String> notForBackup) {
        notForBackup.ifPresentOrElse(reason -> ReportSteps.ALL.forEach(step -> steps.skipped(onboardingId, step, reason)),
                () -> {
                    steps.pending(onboardingId, ReportSteps.FOLDER, null);
                    steps.pending(onboardingId, ReportSteps.AUTOTASK, "Waits for the report folder");
                    steps.pending(onboardingId, ReportSteps.DATTO_RMM, "Waits for the report folder");
                    steps.pending(onboardingId, ReportSteps.RECIPIENTS, "Waits for the report schedules");
                    engine.schedule(onboardingId, ReportSteps.FOLDER);
                });
    }

    /** The folder exists: both schedules are handed to technicians (in the recording transaction of the folder). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void folderExists(String onboardingId) {
        ReportSteps.SCHEDULES.forEach(schedule -> engine.schedule(onboardingId, schedule));
    }

    /** A schedule is handed over (its ticket waits, it is done or skipped): the recipients follow once both are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleHandedOver(String onboardingId) {
        // both schedules may be handed over at once: under the onboarding's row lock the later one sees the other's
        // status, so one of them schedules the recipients
        ReportOnboarding.findById(onboardingId, LockModeType.PESSIMISTIC_WRITE);
        if (ReportSequence.mayAddRecipients(status(onboardingId, ReportSteps.FOLDER),
                status(onboardingId, ReportSteps.AUTOTASK), status(onboardingId, ReportSteps.DATTO_RMM))
                && status(onboardingId, ReportSteps.RECIPIENTS) == StepStatus.PENDING
                && !engine.isScheduled(onboardingId, ReportSteps.RECIPIENTS)) {
            engine.schedule(onboardingId, ReportSteps.RECIPIENTS);
        }
    }

    /** A schedule waiting for a person is done with who, when and the evidence; any other confirm changes nothing. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(StepConfirmed command) {
        String id = command.onboardingId();
        if (!ReportSteps.isSchedule(command.step()) || !engine.waitsForPerson(id, command.step())) {
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
        if (engine.skip(command.onboardingId(), command.step(), command.message())
                && ReportSteps.isSchedule(command.step())) {
            scheduleHandedOver(command.onboardingId());
        }
    }

    @Override
    public Section section() {
        return Section.REPORTS;
    }

    private StepStatus status(String onboardingId, String step) {
        return steps.find(onboardingId, step).map(state -> state.status).orElse(null);
    }
}
