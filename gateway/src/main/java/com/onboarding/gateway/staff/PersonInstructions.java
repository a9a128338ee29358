package com.onboarding.gateway.staff;

import com.onboarding.events.steps.StepIds;

/** What a person must do to finish a step that waits for one, as the checklist says it. */
public final class PersonInstructions {

    private PersonInstructions() {
    }

    public static String of(String step) {
        return switch (step) {
            case StepIds.INTAKE_TERMS_AND_CONDITIONS -> "Have the customer sign the T&C envelope DocuSign sent; if they"
                    + " signed the T&C on paper, confirm with a note saying where the signed copy is filed.";
            case StepIds.REPORTS_AUTOTASK -> "Schedule the Autotask live report for this customer as the technician"
                    + " ticket describes (no API exists for it). Completing the ticket confirms the step by itself;"
                    + " otherwise confirm with the ticket number.";
            case StepIds.REPORTS_DATTO_RMM -> "Schedule the Datto RMM reports for this customer's site as the"
                    + " technician ticket describes (no API exists for them). Completing the ticket confirms the step by"
                    + " itself; otherwise confirm with the ticket number.";
            case StepIds.BACKUP_DONE -> "Work through the backup checklist on the setup ticket; the step completes by"
                    + " itself when every item is checked. If the checklist was done elsewhere, confirm with the ticket"
                    + " number and a note.";
            case StepIds.REMINDERS_LEAVE_ON -> "A legacy reminder customer: add the lines the message shows to 'Users -"
                    + " leave PCs on.cmd' on the ScreenConnect server exactly as shown (and pick the text file it names),"
                    + " then confirm with a note or the ticket number saying it was added.";
            default -> "Do what the last message asks, then confirm with the ticket number or a note saying what was done.";
        };
    }
}
