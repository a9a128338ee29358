package com.onboarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.steps.StepIds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One onboarding of the fault run and what its staff and technicians did, as a person would: confirm a step waiting
 * for them with evidence, tick the backup checklist, install the RMM agents, confirm the RMM setup and set go-live,
 * and retry a step only when its message says a person must act. Driven by {@link #look} on every pass of
 * the staff over the board; it never blocks.
 */
final class FaultRunJourney {

    /** A person looks again at a step still waiting for them after a confirmation (the confirmation may be lost). */
    private static final Duration CONFIRM_AGAIN_AFTER = Duration.ofSeconds(90);
    /** What the step engine says of a failure it will try again by itself: no person needed. */
    private static final String TRYING_AGAIN_BY_ITSELF = "trying again by itself";
    private static final Set<String> CONFIRMED_WITH_EVIDENCE = Set.of(StepIds.REPORTS_AUTOTASK, StepIds.REPORTS_DATTO_RMM);

    final FaultRunCustomer kind;
    final String customer;
    final String onboarding;
    final long company;
    final long existingContract;
    final String today;

    private final Map<String, Instant> confirmed = new HashMap<>();
    private final Map<String, String> lastFailure = new HashMap<>();
    private boolean backupChecklistTicked;
    private boolean agentsInstalled;
    private boolean rmmSetupConfirmed;
    private boolean goLiveSet;
    private boolean complete;
    private boolean known;
    private String lastChecklist = "(never read)";

    FaultRunJourney(FaultRunCustomer kind, String customer, String onboarding, long[] tenant, String today) {
        this.kind = kind;
        this.customer = customer;
        this.onboarding = onboarding;
        this.company = tenant[0];
        this.existingContract = tenant[1];
        this.today = today;
    }

    boolean complete() {
        return complete;
    }

    /** Whether the gateway ever showed this onboarding (a delivery answered 200 that never shows is lost). */
    boolean known() {
        return known;
    }

    String lastChecklist() {
        return lastChecklist;
    }

    /**
     * Reads the checklist and does what a person would do now; every staff retry (or confirmation repeated) is
     * counted in the figures with why.
     */
    void look(Staff staff, FaultRunFigures figures) {
        if (complete) {
            return;
        }
        JsonNode checklist = staff.onboarding(onboarding).path("checklist");
        known = true;
        lastChecklist = describe(checklist);
        Map<String, JsonNode> steps = new LinkedHashMap<>();
        checklist.forEach(item -> steps.put(item.path("step").asText(), item));
        boolean allFinished = !steps.isEmpty();
        for (JsonNode item : steps.values()) {
            String step = item.path("step").asText();
            String status = item.path("status").asText();
            String message = item.path("message").asText("");
            allFinished &= status.equals("DONE") || status.equals("SKIPPED");
            if (status.equals("WAITING_FOR_PERSON") && CONFIRMED_WITH_EVIDENCE.contains(step)) {
                confirm(staff, figures, step);
            }
            if ((status.equals("FAILED") && !message.contains(TRYING_AGAIN_BY_ITSELF)) || status.equals("NEEDS_ATTENTION")) {
                // a person reads the message, does what it asks (nothing to fix in the sandbox) and retries, once per failure
                if (!message.equals(lastFailure.get(step))) {
                    lastFailure.put(step, message);
                    staff.retry(onboarding, step);
                    figures.staffRetry(onboarding, step, status + ": " + message);
                }
            }
        }
        actOnTheTenant(staff, steps);
        complete = allFinished;
    }

    private void confirm(Staff staff, FaultRunFigures figures, String step) {
        Instant before = confirmed.get(step);
        if (before != null && Duration.between(before, Instant.now()).compareTo(CONFIRM_AGAIN_AFTER) < 0) {
            return;
        }
        staff.confirm(onboarding, step, "Scheduled as the ticket asks (fault run)");
        if (before != null) {
            figures.staffRetry(onboarding, step, "confirmed again: still WAITING_FOR_PERSON "
                    + CONFIRM_AGAIN_AFTER.toSeconds() + " s after the first confirmation");
        }
        confirmed.put(step, Instant.now());
    }

    private void actOnTheTenant(Staff staff, Map<String, JsonNode> steps) {
        if (kind.backup() && !backupChecklistTicked && is(steps, StepIds.BACKUP_ASSIGN, "DONE")) {
            TheTenant.technicianCompletesTheBackupChecklist(company);
            backupChecklistTicked = true;
        }
        if (kind.rmm() && !agentsInstalled && is(steps, StepIds.CONTRACT_SETUP_FEE, "DONE")) {
            TheTenant.rmmAgentsAreInstalled(company);
            agentsInstalled = true;
        }
        if (kind.rmm() && agentsInstalled && !rmmSetupConfirmed) {
            staff.confirmRmmSetup(onboarding, today);
            rmmSetupConfirmed = true;
        }
        if (!goLiveSet && is(steps, StepIds.CONTRACT_SERVICES, "DONE")) {
            staff.setGoLive(onboarding, today);
            goLiveSet = true;
        }
    }

    private static boolean is(Map<String, JsonNode> steps, String step, String status) {
        JsonNode item = steps.get(step);
        return item != null && item.path("status").asText().equals(status);
    }

    private static String describe(JsonNode checklist) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : checklist) {
            text.append(String.format("    %-28s %-19s %s%n", item.path("step").asText(), item.path("status").asText(),
                    item.path("message").asText("")));
        }
        return text.toString();
    }

    /** The steps not DONE or SKIPPED at the last look. */
    List<String> unfinished() {
        return lastChecklist.lines().filter(line -> !line.contains(" DONE ") && !line.contains(" SKIPPED ")
                && !line.strip().endsWith("DONE") && !line.strip().endsWith("SKIPPED")).map(String::strip).toList();
    }
}
