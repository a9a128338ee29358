package com.onboarding.backupsetup.rules;

import java.util.List;

/** The step ids of procedure section VI (backup) as the gateway's checklist shows them. */
public final class BackupSteps {

    public static final String PREFIX = "backup.";
    public static final String TICKET = "backup.ticket";
    public static final String INSTRUCTIONS = "backup.instructions";
    public static final String ASSIGN = "backup.assign";
    public static final String DONE = "backup.done";
    public static final List<String> ALL = List.of(TICKET, INSTRUCTIONS, ASSIGN, DONE);

    private BackupSteps() {
    }

    public static boolean owns(String step) {
        return step != null && step.startsWith(PREFIX);
    }
}
