package com.onboarding.reporting.steps;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.Backoff;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.ReportsProcedure;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.flow.ReportOnboarding;
import com.onboarding.reporting.rules.ReportFolder;
import com.onboarding.reporting.rules.ReportSequence;
import com.onboarding.reporting.rules.ScheduleTicket;
import com.onboarding.reporting.tickets.ScheduleTickets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Optional;

/**
 * A report schedule (reports.autotask, reports.datto-rmm): no API schedules these reports, so a technician ticket
 * says exactly what to do (looked up before it is created); then the step waits for a person until the ticket is
 * completed (looked at with the engine's one {@link Backoff}: {@code first-check} doubling to {@code max-check}, one
 * Autotask call a look) or staff confirm with evidence ({@link ReportsProcedure#confirm}).
 */
final class ScheduleTicketStep implements StepWork {

    private final String step;
    private final ScheduleTickets tickets;
    private final ReportsProcedure procedure;
    private final StepTracker steps;
    private final ReportingConfig config;
    private final Backoff looks;

    ScheduleTicketStep(String step, ScheduleTickets tickets, ReportsProcedure procedure, StepTracker steps,
            ReportingConfig config) {
        this.step = step;
        this.tickets = tickets;
        this.procedure = procedure;
        this.steps = steps;
        this.config = config;
        this.looks = new Backoff(config.tickets().firstCheck(), config.tickets().maxCheck());
    }

    @Override
    public String step() {
        return step;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        StepStatus folder = QuarkusTransaction.requiringNew().call(() -> steps.find(id, StepIds.REPORTS_FOLDER)
                .map(state -> state.status).orElse(null));
        if (!ReportSequence.mayScheduleReports(folder)) {
            return StepResult.pending("Waits for the report folder");
        }
        ReportOnboarding onboarding = ReportOnboarding.snapshot(id);
        Long known = onboarding.ticketOf(step());
        if (known == null) {
            long ticketId = tickets.ensure(onboarding.companyId, ticket(onboarding));
            return StepResult.waitForPerson(looks.delayAfter(job.checks() + 1), waiting(ticketId), () -> {
                ReportOnboarding.<ReportOnboarding>findById(id).ticket(step(), ticketId);
                procedure.scheduleHandedOver(id);
            });
        }
        Optional<String> completion = tickets.completion(known);
        if (completion.isPresent()) {
            // the ticket confirms the step by itself: its number and who completed it are the evidence
            return StepResult.done("Confirmed by Autotask: " + completion.get(), () -> procedure.scheduleHandedOver(id));
        }
        return StepResult.waitForPerson(looks.delayAfter(job.checks() + 1), waiting(known));
    }

    private ScheduleTicket ticket(ReportOnboarding onboarding) {
        ContractCreated contract = onboarding.contract();
        String folderPath = config.sharepoint().library() + "/"
                + ReportFolder.path(config.sharepoint().reportsFolder(), onboarding.companyName);
        return ScheduleTicket.forStep(step(), onboarding.onboardingId, onboarding.companyName, folderPath,
                contract.terms().reportRecipients());
    }

    private static String waiting(long ticketId) {
        return "Autotask ticket " + ticketId + " asks a technician to set up the schedule; waiting until it is completed"
                + " or staff confirm";
    }
}
