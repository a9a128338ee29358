package com.onboarding.gateway;

import java.util.List;

/** Every step of onboarding-flow.md with its owner, in the procedure's order: the checklist's rows. */
public final class GatewaySteps {

    public static final String ENVELOPE = "intake.envelope";
    public static final String TERMS_AND_CONDITIONS = "intake.terms-and-conditions";

    public record Step(String id, String owner, String section) {
    }

    public static final List<Step> ALL = List.of(
            new Step(ENVELOPE, "gateway", "Intake"),
            new Step(TERMS_AND_CONDITIONS, "gateway", "Intake"),
            new Step("contract.recurring", "contract-service", "Contract"),
            new Step("contract.setup-fee", "contract-service", "Contract"),
            new Step("contract.services", "contract-service", "Contract"),
            new Step("contract.recurring-tickets", "contract-service", "Contract"),
            new Step("contract.go-live", "contract-service", "Contract"),
            new Step("reports.folder", "reporting-service", "Reports"),
            new Step("reports.autotask", "reporting-service", "Reports"),
            new Step("reports.datto-rmm", "reporting-service", "Reports"),
            new Step("reports.recipients", "reporting-service", "Reports"),
            new Step("reminders.leave-on", "reminder-service", "Reminders"),
            new Step("docs.msa-list", "documentation-service", "Documentation"),
            new Step("docs.configuration-items", "documentation-service", "Documentation"),
            new Step("docs.help-desk-udf", "documentation-service", "Documentation"),
            new Step("docs.it-glue", "documentation-service", "Documentation"),
            new Step("backup.ticket", "backup-setup-service", "Backup setup"),
            new Step("backup.instructions", "backup-setup-service", "Backup setup"),
            new Step("backup.assign", "backup-setup-service", "Backup setup"),
            new Step("backup.done", "backup-setup-service", "Backup setup"));

    private GatewaySteps() {
    }
}
