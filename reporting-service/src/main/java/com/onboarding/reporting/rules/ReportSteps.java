package com.onboarding.reporting.rules;

import com.onboarding.events.steps.Section;
import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import java.util.List;

/** The step ids of section III (Reports), in the order the procedure runs them. */
public final class ReportSteps {

    public static final String FOLDER = StepIds.REPORTS_FOLDER;
    public static final String AUTOTASK = StepIds.REPORTS_AUTOTASK;
    public static final String DATTO_RMM = StepIds.REPORTS_DATTO_RMM;
    public static final String RECIPIENTS = StepIds.REPORTS_RECIPIENTS;

    public static final List<String> ALL = List.of(FOLDER, AUTOTASK, DATTO_RMM, RECIPIENTS);
    public static final List<String> SCHEDULES = List.of(AUTOTASK, DATTO_RMM);

    public static boolean owns(String step) {
        return step != null && Step.isIn(step, Section.REPORTS);
    }

    public static boolean isSchedule(String step) {
        return SCHEDULES.contains(step);
    }

    private ReportSteps() {
    }
}
