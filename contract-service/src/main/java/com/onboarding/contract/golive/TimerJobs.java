package com.onboarding.contract.golive;

import com.onboarding.contract.tickets.RecurringTickets;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the durable timers: go-live dates that have arrived, and recurring tickets that are due. */
@ApplicationScoped
public class TimerJobs {

    private static final Logger LOG = Logger.getLogger(TimerJobs.class);

    private final GoLiveTimers goLive;
    private final RecurringTickets recurringTickets;

    public TimerJobs(GoLiveTimers goLive, RecurringTickets recurringTickets) {
        this.goLive = goLive;
        this.recurringTickets = recurringTickets;
    }

    @Scheduled(every = "${contract.go-live.check-interval:60s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int fired = goLive.fireDue();
        if (fired > 0) {
            LOG.infof("Go-live reached for %d onboarding(s)", fired);
        }
        try {
            recurringTickets.createDue();
        } catch (RuntimeException e) {
            LOG.warnf("Recurring tickets not created this time (retried on the next tick): %s", e.getMessage());
        }
    }
}
