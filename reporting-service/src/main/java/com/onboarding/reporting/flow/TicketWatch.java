package com.onboarding.reporting.flow;

import com.onboarding.events.StepStatus;
import com.onboarding.messaging.OnboardingContext;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.rules.TicketPolling;
import com.onboarding.reporting.tickets.ScheduleTickets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks the schedule tickets that are due (soon after creation, then less and less often): a completed ticket
 * finishes its step. Also runs the steps of an onboarding whose event was taken but whose steps never ran (a crash
 * in between). With several instances only the one holding the {@link WatchLease} runs a round.
 */
@ApplicationScoped
public class TicketWatch {

    private static final Logger LOG = Logger.getLogger(TicketWatch.class);

    private final ScheduleTickets tickets;
    private final StepTracker steps;
    private final ReportingFlow flow;
    private final ReportingConfig.Tickets config;
    private final WatchLease lease;
    private final Clock clock;

    public TicketWatch(ScheduleTickets tickets, StepTracker steps, ReportingFlow flow, ReportingConfig config,
            WatchLease lease, Clock clock) {
        this.lease = lease;
        this.tickets = tickets;
        this.steps = steps;
        this.flow = flow;
        this.config = config.tickets();
        this.clock = clock;
    }

    @Scheduled(every = "${reporting.tickets.poll-every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!lease.take(WatchLease.TICKET_WATCH, now)) {
            return;
        }
        List<ScheduleTicketWatch> due = QuarkusTransaction.requiringNew()
                .call(() -> ScheduleTicketWatch.<ScheduleTicketWatch>list("nextCheckAt <= ?1", now));
        for (ScheduleTicketWatch watch : due) {
            OnboardingContext.run(watch.key.onboardingId(), () -> check(watch));
        }
        List<String> stalled = QuarkusTransaction.requiringNew().call(() -> ReportOnboarding
                .<ReportOnboarding>list("advanced = false and createdAt < ?1", now.minusMinutes(1)).stream()
                .map(o -> o.onboardingId).toList());
        stalled.forEach(id -> OnboardingContext.run(id, () -> flow.advance(id)));
    }

    private void check(ScheduleTicketWatch watch) {
        String id = watch.key.onboardingId();
        String step = watch.key.step();
        Optional<String> complete;
        try {
            complete = tickets.completion(watch.ticketId);
        } catch (RuntimeException e) {
            LOG.warnf("Onboarding %s: cannot check ticket %d now (%s); will check again", id, watch.ticketId, e.getMessage());
            complete = Optional.empty();
        }
        Optional<String> evidence = complete;
        QuarkusTransaction.requiringNew().run(() -> {
            ScheduleTicketWatch current = ScheduleTicketWatch.findById(watch.key);
            if (current == null) {
                return;
            }
            StepStatus status = steps.find(id, step).map(s -> s.status).orElse(null);
            if (status != StepStatus.WAITING_FOR_PERSON) {
                current.delete();
                return;
            }
            if (evidence.isPresent()) {
                // the ticket confirms the step by itself: its number and who completed it are the evidence
                steps.done(id, step, "Confirmed by Autotask: " + evidence.get());
                current.delete();
                return;
            }
            Duration next = TicketPolling.nextInterval(Duration.ofSeconds(current.checkIntervalSeconds),
                    config.firstCheck(), config.maxCheck());
            current.checkIntervalSeconds = next.toSeconds();
            current.nextCheckAt = OffsetDateTime.now(clock).plus(next);
        });
    }
}
