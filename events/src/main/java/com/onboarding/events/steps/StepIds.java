package com.onboarding.events.steps;

/**
 * The step ids of {@link Step} as compile-time constants, for {@code switch} labels and annotations. Step ids are
 * spelled out here and nowhere else; use {@link Step} wherever a value will do.
 */
public final class StepIds {
    public static final String INTAKE_ENVELOPE = "intake.envelope";
    public static final String INTAKE_TERMS_AND_CONDITIONS = "intake.terms-and-conditions";
    public static final String CONTRACT_RECURRING = "contract.recurring";
    public static final String CONTRACT_SETUP_FEE = "contract.setup-fee";
    public static final String CONTRACT_SERVICES = "contract.services";
    public static final String CONTRACT_RECURRING_TICKETS = "contract.recurring-tickets";
    public static final String CONTRACT_GO_LIVE = "contract.go-live";
    public static final String REPORTS_FOLDER = "reports.folder";
    public static final String REPORTS_AUTOTASK = "reports.autotask";
    public static final String REPORTS_DATTO_RMM = "reports.datto-rmm";
    public static final String REPORTS_RECIPIENTS = "reports.recipients";
    public static final String REMINDERS_LEAVE_ON = "reminders.leave-on";
    public static final String DOCS_MSA_LIST = "docs.msa-list";
    public static final String DOCS_CONFIGURATION_ITEMS = "docs.configuration-items";
    public static final String DOCS_HELP_DESK_UDF = "docs.help-desk-udf";
    public static final String DOCS_IT_GLUE = "docs.it-glue";
    public static final String BACKUP_TICKET = "backup.ticket";
    public static final String BACKUP_INSTRUCTIONS = "backup.instructions";
    public static final String BACKUP_ASSIGN = "backup.assign";
    public static final String BACKUP_DONE = "backup.done";

    private StepIds() {
    }
}
