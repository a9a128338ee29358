package com.onboarding.reporting.rules;

import com.onboarding.events.StepStatus;

/**
 * The order of section III: nothing is scheduled until the report folder exists (reports that run without it are
 * lost), and recipients are added only once both schedules have been handed to a technician.
 */
public final class ReportSequence {

    private ReportSequence() {
    }

    public static boolean mayScheduleReports(StepStatus folder) {
        return folder == StepStatus.DONE;
    }

    public static boolean mayAddRecipients(StepStatus folder, StepStatus autotask, StepStatus dattoRmm) {
        return mayScheduleReports(folder) && handedOver(autotask) && handedOver(dattoRmm);
    }

    /**
     * A schedule is handed over once its technician ticket exists (waiting), it is confirmed (done) or an administrator
     * skipped it. A skipped folder releases nothing: reports scheduled without it are lost.
     */
    private static boolean handedOver(StepStatus schedule) {
        return schedule == StepStatus.WAITING_FOR_PERSON || schedule == StepStatus.DONE || schedule == StepStatus.SKIPPED;
    }
}
