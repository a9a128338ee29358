package com.onboarding.gateway.queue;

import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a step waiting for a person or needing attention asks of that person, and who is meant. */
public final class NeedsAction {

    private static final Map<String, String> WAITING = Map.of(
            StepIds.INTAKE_TERMS_AND_CONDITIONS, "Get the customer's signed general consulting T&C agreement on file",
            StepIds.REPORTS_AUTOTASK, "Check the Autotask live report schedule tickets, then confirm",
            StepIds.REPORTS_DATTO_RMM, "Set up the Datto RMM report schedules, then confirm",
            StepIds.BACKUP_DONE, "Work through the backup setup checklist of the Autotask ticket");

    // backup.assign reports "Ticket 4711 assigned to Tom Tech (resource 29682885, ...)".
    private static final Pattern ASSIGNED = Pattern.compile("assigned to (.+?) \\(resource");

    private NeedsAction() {
    }

    /** The action a person takes next. */
    public static String of(String step, String status) {
        return switch (status) {
            case "NEEDS_ATTENTION" -> "Fix what the message says, then retry";
            case "FAILED" -> "Retry (the step failed; see the message)";
            default -> WAITING.getOrDefault(step, "Do the step, then confirm it");
        };
    }

    /**
     * Who is meant: the technician a ticket was assigned to when the step works that ticket, else the queue
     * configured for the step's section (by its owner), else the default queue.
     */
    public static String assignee(String step, String assignedTechnicianMessage, Map<String, String> queues,
            String defaultQueue) {
        if (StepIds.BACKUP_DONE.equals(step) && assignedTechnicianMessage != null) {
            Matcher matcher = ASSIGNED.matcher(assignedTechnicianMessage);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        Optional<String> owner = Step.byId(step).map(Step::owner);
        return owner.map(queues::get).filter(queue -> !queue.isBlank()).orElse(defaultQueue);
    }
}
