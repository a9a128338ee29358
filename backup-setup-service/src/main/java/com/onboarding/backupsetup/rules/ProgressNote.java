package com.onboarding.backupsetup.rules;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Which step changes become a note on the backup ticket, so technicians see the onboarding's automated progress in
 * Autotask: another service's step that is done, failed or needs a person. Each note carries the event's id, so a
 * look-up finds a note written before.
 */
public record ProgressNote(String title, String description) {

    private static final Set<StepStatus> NOTED = Set.of(StepStatus.DONE, StepStatus.NEEDS_ATTENTION, StepStatus.FAILED);

    public static Optional<ProgressNote> of(StepChanged change, String eventId, String thisService) {
        if (!NOTED.contains(change.status()) || thisService.equals(change.owner()) || BackupSteps.owns(change.step())) {
            return Optional.empty();
        }
        String status = switch (change.status()) {
            case DONE -> "done";
            case NEEDS_ATTENTION -> "needs attention";
            default -> "failed";
        };
        String title = "Onboarding: " + change.step() + " " + status;
        String message = change.message() == null || change.message().isBlank() ? "" : change.message() + "\n";
        String description = "Step " + change.step() + " (" + change.owner() + ") is " + status
                + (change.attempt() > 1 ? " after " + change.attempt() + " attempts" : "") + ".\n" + message
                + marker(eventId);
        return Optional.of(new ProgressNote(title, description));
    }

    public static String marker(String eventId) {
        return "[event " + eventId + "]";
    }
}
