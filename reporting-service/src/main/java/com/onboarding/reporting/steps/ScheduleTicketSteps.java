package com.onboarding.reporting.steps;

import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reporting.ReportsProcedure;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.tickets.ScheduleTickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The two report schedules, each a technician's ticket ({@link ScheduleTicketStep}). */
@ApplicationScoped
public class ScheduleTicketSteps {

    /** "Autotask Report: add and schedule Live Report." */
    @Produces
    @Singleton
    StepWork autotaskReport(ScheduleTickets tickets, ReportsProcedure procedure, StepTracker steps, ReportingConfig config) {
        return new ScheduleTicketStep(StepIds.REPORTS_AUTOTASK, tickets, procedure, steps, config);
    }

    /** "Datto RMM Reports: schedule the reports in Datto RMM." */
    @Produces
    @Singleton
    StepWork dattoRmmReports(ScheduleTickets tickets, ReportsProcedure procedure, StepTracker steps, ReportingConfig config) {
        return new ScheduleTicketStep(StepIds.REPORTS_DATTO_RMM, tickets, procedure, steps, config);
    }
}
