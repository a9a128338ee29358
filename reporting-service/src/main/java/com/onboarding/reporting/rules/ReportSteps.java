package com.onboarding.reporting.rules;

import java.util.List;

/** The step ids of section III (Reports), in the order the procedure runs them. */
public final class ReportSteps {

    public static final String FOLDER = "reports.folder";
    public static final String AUTOTASK = "reports.autotask";
    public static final String DATTO_RMM = "reports.datto-rmm";
    public static final String RECIPIENTS = "reports.recipients";

    public static final List<String> ALL = List.of(FOLDER, AUTOTASK, DATTO_RMM, RECIPIENTS);
    public static final List<String> SCHEDULES = List.of(AUTOTASK, DATTO_RMM);

    public static boolean owns(String step) {
        return step != null && step.startsWith("reports.");
    }

    public static boolean isSchedule(String step) {
        return SCHEDULES.contains(step);
    }

    private ReportSteps() {
    }
}
