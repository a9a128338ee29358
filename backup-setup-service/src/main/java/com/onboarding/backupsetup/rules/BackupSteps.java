package com.onboarding.backupsetup.rules;

import com.onboarding.events.steps.Section;
import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import java.util.List;

/** The step ids of procedure section VI (backup) as the gateway's checklist shows them. */
public final class BackupSteps {

    public static final String TICKET = StepIds.BACKUP_TICKET;
    public static final String INSTRUCTIONS = StepIds.BACKUP_INSTRUCTIONS;
    public static final String ASSIGN = StepIds.BACKUP_ASSIGN;
    public static final String DONE = StepIds.BACKUP_DONE;
    public static final List<String> ALL = List.of(TICKET, INSTRUCTIONS, ASSIGN, DONE);

    private BackupSteps() {
    }

    public static boolean owns(String step) {
        return step != null && Step.isIn(step, Section.BACKUP_SETUP);
    }
}
