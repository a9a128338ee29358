package com.onboarding.reporting.rules;

import com.onboarding.events.Contact;
import java.util.List;

/**
 * The technician ticket that stands in for a report schedule (neither Autotask nor Datto RMM exposes report
 * scheduling through its API): exact instructions naming the report, the folder and the recipients. The title names
 * the onboarding, so that looking it up before creating finds this onboarding's ticket and no other.
 */
public record ScheduleTicket(String title, String description) {

    public static ScheduleTicket forStep(String step, String onboardingId, String company, String folderPath,
            List<Contact> recipients) {
        return switch (step) {
            case ReportSteps.AUTOTASK -> new ScheduleTicket(
                    "Schedule Autotask Live Report: " + company + " [onboarding " + onboardingId + "]",
                    """
                    Reports for a new RMM customer (procedure section III, "Autotask Report").
                    1. In Autotask, add and schedule the Live Report for the company "%s" (monthly).
                    2. Deliver it to the SharePoint folder: Geek Girls IT Team Site - Documents/%s
                       (the folder exists already; do not create another).
                    3. Recipients: %s
                    Complete this ticket when the schedule is saved: the onboarding step reports.autotask waits for it."""
                            .formatted(company, folderPath, list(recipients)));
            case ReportSteps.DATTO_RMM -> new ScheduleTicket(
                    "Schedule Datto RMM reports: " + company + " [onboarding " + onboardingId + "]",
                    """
                    Reports for a new RMM customer (procedure section III, "Datto RMM Reports").
                    1. In Datto RMM, schedule the reports for the site "%s" (its name must stay identical to Autotask's).
                    2. Deliver them to the SharePoint folder: Geek Girls IT Team Site - Documents/%s
                       (the folder exists already; do not create another).
                    3. Recipients: %s
                    Complete this ticket when the schedule is saved: the onboarding step reports.datto-rmm waits for it."""
                            .formatted(company, folderPath, list(recipients)));
            default -> throw new IllegalArgumentException("No schedule ticket for step " + step);
        };
    }

    private static String list(List<Contact> recipients) {
        if (recipients.isEmpty()) {
            return "none named in the agreement (ask the account manager)";
        }
        return String.join("; ", recipients.stream().map(c -> c.name() + " <" + c.email() + ">").toList());
    }
}
