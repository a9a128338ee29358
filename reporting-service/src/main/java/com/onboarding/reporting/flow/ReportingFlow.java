package com.onboarding.reporting.flow;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.steps.ExternalStepRunner;
import com.onboarding.messaging.steps.ExternalStepRunner.Outcome;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.dattormm.DattoRmmClient;
import com.onboarding.reporting.graph.ReportFolders;
import com.onboarding.reporting.recipients.RecipientDatabase;
import com.onboarding.reporting.rules.CompanyNameIdentity;
import com.onboarding.reporting.rules.RecipientRows;
import com.onboarding.reporting.rules.ReportFolder;
import com.onboarding.reporting.rules.ReportScope;
import com.onboarding.reporting.rules.ReportSequence;
import com.onboarding.reporting.rules.ReportSteps;
import com.onboarding.reporting.rules.ScheduleTicket;
import com.onboarding.reporting.tickets.ScheduleTickets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Section III of the procedure for one onboarding: the report folder first, then the two schedule tickets, then the
 * recipient rows. Each step's slow external work runs outside a database transaction; its start and its outcome are
 * each committed (with their StepChanged) in a short transaction of their own.
 */
@ApplicationScoped
public class ReportingFlow {

    private static final Logger LOG = Logger.getLogger(ReportingFlow.class);

    private final StepTracker steps;
    private final ExternalStepRunner runner;
    private final ReportFolders folders;
    private final ScheduleTickets tickets;
    private final DattoRmmClient datto;
    private final RecipientDatabase recipients;
    private final ReportingConfig config;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public ReportingFlow(StepTracker steps, ExternalStepRunner runner, ReportFolders folders, ScheduleTickets tickets,
            DattoRmmClient datto, RecipientDatabase recipients, ReportingConfig config, Clock clock) {
        this.steps = steps;
        this.runner = runner;
        this.folders = folders;
        this.tickets = tickets;
        this.datto = datto;
        this.recipients = recipients;
        this.config = config;
        this.clock = clock;
    }

    /** Records the contract and the steps' starting status; true when the steps are to run (an RMM contract). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(ContractCreated event) {
        String id = event.onboardingId();
        if (ReportOnboarding.findById(id) != null) {
            return true;
        }
        ReportOnboarding onboarding = new ReportOnboarding();
        onboarding.onboardingId = id;
        onboarding.companyId = event.companyId();
        onboarding.companyName = event.companyName();
        onboarding.contractCreated = EventJson.write(event);
        onboarding.createdAt = OffsetDateTime.now(clock);
        Optional<String> skip = ReportScope.skipReason(event.terms());
        onboarding.advanced = skip.isPresent();
        onboarding.persist();
        if (skip.isPresent()) {
            ReportSteps.ALL.forEach(step -> steps.skipped(id, step, skip.get()));
            return false;
        }
        steps.pending(id, ReportSteps.FOLDER, null);
        steps.pending(id, ReportSteps.AUTOTASK, "Waits for the report folder");
        steps.pending(id, ReportSteps.DATTO_RMM, "Waits for the report folder");
        steps.pending(id, ReportSteps.RECIPIENTS, "Waits for the report schedules");
        return true;
    }

    /** Runs every step that may run now, in the procedure's order. Safe to call again at any time. */
    public void advance(String onboardingId) {
        synchronized (locks.computeIfAbsent(onboardingId, k -> new Object())) {
            ReportOnboarding onboarding = QuarkusTransaction.requiringNew()
                    .call(() -> ReportOnboarding.<ReportOnboarding>findById(onboardingId));
            if (onboarding == null) {
                return;
            }
            ContractCreated contract = EventJson.read(onboarding.contractCreated, ContractCreated.class);
            if (ReportScope.skipReason(contract.terms()).isEmpty()) {
                runSteps(onboarding, contract);
            }
            QuarkusTransaction.requiringNew().run(() -> ReportOnboarding.update("advanced = true where onboardingId = ?1",
                    onboardingId));
        }
    }

    /** A person's retry from the gateway: the steps run again (a schedule waiting for a person is not confirmed by it). */
    public void retryRequested(String onboardingId, String step, String requestedBy) {
        advance(onboardingId);
    }

    /**
     * A person confirmed with evidence that they set up a schedule: the step is done with who, when and the evidence.
     * A confirm of a step that is not waiting for a person changes nothing (the gateway refuses those already).
     */
    public void confirmed(StepConfirmed confirmation) {
        String id = confirmation.onboardingId();
        String step = confirmation.step();
        boolean done = QuarkusTransaction.requiringNew().call(() -> {
            StepStatus status = steps.find(id, step).map(state -> state.status).orElse(null);
            if (!ReportSteps.isSchedule(step) || status != StepStatus.WAITING_FOR_PERSON) {
                LOG.infof("Onboarding %s: confirmation of %s ignored, the step is %s", id, step, status);
                return false;
            }
            steps.done(id, step, confirmation.message());
            ScheduleTicketWatch.delete("key.onboardingId = ?1 and key.step = ?2", id, step);
            return true;
        });
        if (done) {
            advance(id);
        }
    }

    /** An administrator skipped a step: it is SKIPPED with the reason, and what the procedure then allows runs. */
    public void skipped(StepSkipped skip) {
        String id = skip.onboardingId();
        QuarkusTransaction.requiringNew().run(() -> {
            StepStatus status = steps.find(id, skip.step()).map(state -> state.status).orElse(null);
            if (ExternalStepRunner.isFinal(status)) {
                return;
            }
            steps.skipped(id, skip.step(), skip.message());
            ScheduleTicketWatch.delete("key.onboardingId = ?1 and key.step = ?2", id, skip.step());
        });
        advance(id);
    }

    private void runSteps(ReportOnboarding onboarding, ContractCreated contract) {
        String id = onboarding.onboardingId;
        String parent = config.sharepoint().reportsFolder();
        if (!ExternalStepRunner.isFinal(runner.status(id, ReportSteps.FOLDER))) {
            runner.run(id, ReportSteps.FOLDER, () -> {
                String path = ReportFolder.path(parent, onboarding.companyName);
                String url = folders.ensure(path);
                return () -> steps.done(id, ReportSteps.FOLDER, "Folder '" + path + "' exists" + (url == null ? "" : ": " + url));
            });
        }
        if (!ReportSequence.mayScheduleReports(runner.status(id, ReportSteps.FOLDER))) {
            return;
        }
        String folderPath = config.sharepoint().library() + "/" + ReportFolder.path(parent, onboarding.companyName);
        for (String schedule : ReportSteps.SCHEDULES) {
            StepStatus current = runner.status(id, schedule);
            if (current != StepStatus.WAITING_FOR_PERSON && !ExternalStepRunner.isFinal(current)) {
                runner.run(id, schedule, () -> {
                    ScheduleTicket ticket = ScheduleTicket.forStep(schedule, id, onboarding.companyName, folderPath,
                            contract.terms().reportRecipients());
                    long ticketId = tickets.ensure(onboarding.companyId, ticket);
                    return () -> waitForTicket(id, schedule, ticketId);
                });
            }
        }
        if (ReportSequence.mayAddRecipients(runner.status(id, ReportSteps.FOLDER), runner.status(id, ReportSteps.AUTOTASK),
                runner.status(id, ReportSteps.DATTO_RMM)) && !ExternalStepRunner.isFinal(runner.status(id, ReportSteps.RECIPIENTS))) {
            runner.run(id, ReportSteps.RECIPIENTS, () -> {
                String company = onboarding.companyName;
                List<RecipientRows.Row> rows = RecipientRows.of(company, contract.terms().reportRecipients(),
                        config.recipients().reportTypes());
                CompanyNameIdentity.check(company, datto.siteNames(), recipients.spellingsLike(company));
                long added = rows.stream().filter(recipients::addIfAbsent).count();
                return () -> steps.done(id, ReportSteps.RECIPIENTS, rows.size() + " report-recipient rows present for '"
                        + company + "' (" + added + " added now)");
            });
        }
    }

    private void waitForTicket(String id, String step, long ticketId) {
        ScheduleTicketWatch watch = ScheduleTicketWatch.findById(new ScheduleTicketWatch.Key(id, step));
        if (watch == null) {
            watch = new ScheduleTicketWatch();
            watch.key = new ScheduleTicketWatch.Key(id, step);
        }
        watch.ticketId = ticketId;
        watch.checkIntervalSeconds = config.tickets().firstCheck().toSeconds();
        watch.nextCheckAt = OffsetDateTime.now(clock).plus(config.tickets().firstCheck());
        watch.persist();
        steps.waitingForPerson(id, step, "Autotask ticket " + ticketId + " asks a technician to set up the schedule;"
                + " waiting until it is completed or staff confirm");
    }

}
