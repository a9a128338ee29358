package com.onboarding.contract.steps;

import com.onboarding.clients.http.Rejected;
import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.autotask.AutotaskContracts;
import com.onboarding.contract.config.ContractConfig;
import com.onboarding.contract.onboarding.ContractOnboarding;
import com.onboarding.contract.onboarding.RecurringTicketTemplate;
import com.onboarding.contract.onboarding.ServiceSetup;
import com.onboarding.contract.rules.Recurrence;
import com.onboarding.contract.rules.RecurringTicketText;
import com.onboarding.events.ServiceKind;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Step contract.recurring-tickets (procedure II), made by the suite because Autotask's API has no recurring-ticket
 * templates: once a service is on the contract its ticket template is copied to it, and every occurrence that is
 * due ({@link Recurrence}: every n months from the service's start, none after the contract ends) is created, found
 * again first by the marker in its description. The step then stays DONE with the engine's timer set to the next
 * due date; a refusal needs attention (a retry resumes), a fault shows FAILED until the next try succeeds.
 */
@ApplicationScoped
public class RecurringTicketsStep implements StepWork {

    private static final Logger LOG = Logger.getLogger(RecurringTicketsStep.class);

    private final AutotaskContracts autotask;
    private final ContractConfig config;
    private final ContractProcedure procedure;
    private final Clock clock;

    public RecurringTicketsStep(AutotaskContracts autotask, ContractConfig config, ContractProcedure procedure, Clock clock) {
        this.autotask = autotask;
        this.config = config;
        this.procedure = procedure;
        this.clock = clock;
    }

    @Override
    public String step() {
        return ContractSteps.RECURRING_TICKETS;
    }

    /** What one run decided for one service: its template and how many of its tickets exist now. */
    private record Schedule(ServiceKind kind, RecurringTicketTemplate template, int made, Optional<LocalDate> nextDue,
            String message) {
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        ContractOnboarding onboarding = ContractOnboarding.snapshot(id);
        List<ServiceSetup> onContract = QuarkusTransaction.requiringNew().call(() -> ServiceSetup.of(id)).stream()
                .filter(setup -> setup.onContract).toList();
        if (onboarding == null || onContract.isEmpty()) {
            return StepResult.pending("Scheduled once each service is on the contract");
        }
        List<Schedule> schedules = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        OccurrencesMade made = new OccurrencesMade(onboarding);
        for (ServiceSetup setup : onContract) {
            RecurringTicketTemplate template = template(setup);
            if (template == null) {
                messages.add("No recurring ticket is configured for " + setup.key.serviceKind());
                continue;
            }
            Schedule schedule = createDue(onboarding, setup, template, made);
            schedules.add(schedule);
            messages.add(schedule.message());
        }
        Runnable record = () -> schedules.forEach(schedule -> {
            ServiceSetup setup = ServiceSetup.findById(new ServiceSetup.Key(id, schedule.kind()));
            if (setup.ticketTemplate == null) {
                setup.template(schedule.template());
            }
            setup.ticketsMade = Math.max(setup.ticketsMade, schedule.made());
        });
        String message = String.join("; ", messages);
        Optional<LocalDate> next = schedules.stream().flatMap(schedule -> schedule.nextDue().stream())
                .min(LocalDate::compareTo);
        return next.isEmpty() ? StepResult.done(message, record)
                : StepResult.doneUntil(message, procedure.startOf(next.get()), record);
    }

    private RecurringTicketTemplate template(ServiceSetup setup) {
        if (setup.ticketTemplate != null) {
            return setup.template();
        }
        ContractConfig.TicketTemplate configured = config.recurringTickets().get(setup.key.serviceKind().name().toLowerCase());
        return configured == null ? null : RecurringTicketTemplate.of(configured);
    }

    /** Creates this service's occurrences that are due today or earlier, in order. */
    private Schedule createDue(ContractOnboarding onboarding, ServiceSetup setup, RecurringTicketTemplate template,
            OccurrencesMade occurrences) {
        ServiceKind kind = setup.key.serviceKind();
        LocalDate start = setup.serviceStart;
        LocalDate end = onboarding.contractEnd;
        if (Recurrence.occurrence(start, template.everyMonths(), 0, end).isEmpty()) {
            throw new NeedsAttention("Contract " + onboarding.contractId + " ends on " + end + ", before the " + kind
                    + " service began on " + start + ", so no recurring ticket can run under it. Extend the contract in"
                    + " Autotask, then retry this step.");
        }
        LocalDate today = LocalDate.now(clock);
        int made = setup.ticketsMade;
        Optional<LocalDate> due = Recurrence.occurrence(start, template.everyMonths(), made, end);
        while (due.isPresent() && !due.get().isAfter(today)) {
            long ticket = create(onboarding, setup, template, due.get(), occurrences);
            LOG.infof("Recurring ticket %d (%s, due %s) for onboarding %s", ticket, template.title(), due.get(),
                    onboarding.onboardingId);
            made++;
            due = Recurrence.occurrence(start, template.everyMonths(), made, end);
        }
        int count = made;
        String message = "'" + template.title() + "' every " + template.everyMonths() + " month(s) until " + end
                + "; first due " + start + (count == 0 ? "" : "; " + count + " made")
                + due.map(next -> count == 0 ? "" : ", next due " + next).orElse(", none due any more");
        return new Schedule(kind, template, count, due, message);
    }

    /**
     * The look-up of every occurrence this onboarding made, in one query for the whole run, made when the first due
     * occurrence is about to be created (a run with nothing due makes none).
     */
    private final class OccurrencesMade {
        private final ContractOnboarding onboarding;
        private List<com.fasterxml.jackson.databind.JsonNode> found;

        OccurrencesMade(ContractOnboarding onboarding) {
            this.onboarding = onboarding;
        }

        Optional<com.fasterxml.jackson.databind.JsonNode> lookUp(String marker) {
            if (found == null) {
                found = autotask.ticketsMarked(onboarding.companyId, markerOfAll(onboarding.onboardingId));
            }
            return found.stream().filter(ticket -> ticket.path("description").asText().contains(marker)).findFirst();
        }
    }

    private long create(ContractOnboarding onboarding, ServiceSetup setup, RecurringTicketTemplate template, LocalDate due,
            OccurrencesMade occurrences) {
        ServiceKind kind = setup.key.serviceKind();
        String marker = marker(onboarding.onboardingId, kind, due);
        try {
            return autotask.recurringTicket(onboarding.companyId, onboarding.contractId,
                    template.title() + " - " + onboarding.companyName + " (" + due + ")",
                    RecurringTicketText.description(kind, onboarding.contractId, template.everyMonths(),
                            onboarding.contractEnd, setup.instructionsUrl, marker),
                    marker, template.queueId(), template.categoryId(), template.priority(), due, occurrences.lookUp(marker));
        } catch (Rejected e) {
            throw new NeedsAttention("Autotask refused the recurring " + kind + " ticket due " + due + " of contract "
                    + onboarding.contractId + ": " + e.getMessage()
                    + ". Fix it in Autotask (or the ticket configuration), then retry this step.");
        }
    }

    /** What identifies the occurrence due on {@code due} in Autotask (in its description), to find it again. */
    static String marker(String onboardingId, ServiceKind kind, LocalDate due) {
        return "[recurring " + kind + " ticket of onboarding " + onboardingId + " due " + due + "]";
    }

    /** What the markers of every recurring ticket of the onboarding contain. */
    static String markerOfAll(String onboardingId) {
        return " ticket of onboarding " + onboardingId + " due ";
    }
}
