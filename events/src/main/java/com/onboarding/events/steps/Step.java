package com.onboarding.events.steps;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every step of the onboarding procedure (onboarding-flow.md), in the procedure's order: its stable id (API, web
 * page, logs, metrics), the section of the procedure it belongs to, the service that owns it and what it waits for.
 * The one place a step id is written; everything else refers to a constant here.
 */
public enum Step {
    INTAKE_ENVELOPE(StepIds.INTAKE_ENVELOPE, Section.INTAKE, StepKind.AUTOMATIC),
    INTAKE_TERMS_AND_CONDITIONS(StepIds.INTAKE_TERMS_AND_CONDITIONS, Section.INTAKE, StepKind.WAITS_FOR_EVENT),

    CONTRACT_RECURRING(StepIds.CONTRACT_RECURRING, Section.CONTRACT, StepKind.AUTOMATIC),
    CONTRACT_SETUP_FEE(StepIds.CONTRACT_SETUP_FEE, Section.CONTRACT, StepKind.AUTOMATIC),
    CONTRACT_SERVICES(StepIds.CONTRACT_SERVICES, Section.CONTRACT, StepKind.WAITS_FOR_EVENT),
    CONTRACT_RECURRING_TICKETS(StepIds.CONTRACT_RECURRING_TICKETS, Section.CONTRACT, StepKind.WAITS_FOR_EVENT),
    CONTRACT_GO_LIVE(StepIds.CONTRACT_GO_LIVE, Section.CONTRACT, StepKind.TIMER),

    REPORTS_FOLDER(StepIds.REPORTS_FOLDER, Section.REPORTS, StepKind.AUTOMATIC),
    REPORTS_AUTOTASK(StepIds.REPORTS_AUTOTASK, Section.REPORTS, StepKind.WAITS_FOR_PERSON),
    REPORTS_DATTO_RMM(StepIds.REPORTS_DATTO_RMM, Section.REPORTS, StepKind.WAITS_FOR_PERSON),
    REPORTS_RECIPIENTS(StepIds.REPORTS_RECIPIENTS, Section.REPORTS, StepKind.AUTOMATIC),

    REMINDERS_LEAVE_ON(StepIds.REMINDERS_LEAVE_ON, Section.REMINDERS, StepKind.AUTOMATIC),

    DOCS_MSA_LIST(StepIds.DOCS_MSA_LIST, Section.DOCUMENTATION, StepKind.AUTOMATIC),
    DOCS_CONFIGURATION_ITEMS(StepIds.DOCS_CONFIGURATION_ITEMS, Section.DOCUMENTATION, StepKind.WAITS_FOR_EVENT),
    DOCS_HELP_DESK_UDF(StepIds.DOCS_HELP_DESK_UDF, Section.DOCUMENTATION, StepKind.WAITS_FOR_EVENT),
    DOCS_IT_GLUE(StepIds.DOCS_IT_GLUE, Section.DOCUMENTATION, StepKind.AUTOMATIC),

    BACKUP_TICKET(StepIds.BACKUP_TICKET, Section.BACKUP_SETUP, StepKind.AUTOMATIC),
    BACKUP_INSTRUCTIONS(StepIds.BACKUP_INSTRUCTIONS, Section.BACKUP_SETUP, StepKind.AUTOMATIC),
    BACKUP_ASSIGN(StepIds.BACKUP_ASSIGN, Section.BACKUP_SETUP, StepKind.AUTOMATIC),
    BACKUP_DONE(StepIds.BACKUP_DONE, Section.BACKUP_SETUP, StepKind.WAITS_FOR_PERSON);

    private final String id;
    private final Section section;
    private final StepKind kind;

    Step(String id, Section section, StepKind kind) {
        this.id = id;
        this.section = section;
        this.kind = kind;
    }

    /** The stable id, e.g. {@code contract.recurring}. */
    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    /** The service that runs the step and reports its status. */
    public String owner() {
        return section.owner();
    }

    public StepKind kind() {
        return kind;
    }

    /** Position in the procedure, 1-based. */
    public int order() {
        return ordinal() + 1;
    }

    public static Optional<Step> byId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }

    /** The steps one service owns, in order. */
    public static List<Step> ownedBy(String service) {
        return Arrays.stream(values()).filter(step -> step.owner().equals(service)).toList();
    }

    /** True if {@code id} names a step of {@code section}. */
    public static boolean isIn(String id, Section section) {
        return byId(id).map(step -> step.section == section).orElse(false);
    }
}
