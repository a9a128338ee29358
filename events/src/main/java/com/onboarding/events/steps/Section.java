package com.onboarding.events.steps;

/** A section of the written procedure and the service that owns it. */
public enum Section {
    INTAKE("Intake", "gateway"),
    CONTRACT("Contract", "contract-service"),
    REPORTS("Reports", "reporting-service"),
    REMINDERS("Reminders", "reminder-service"),
    DOCUMENTATION("Documentation", "documentation-service"),
    BACKUP_SETUP("Backup setup", "backup-setup-service");

    private final String title;
    private final String owner;

    Section(String title, String owner) {
        this.title = title;
        this.owner = owner;
    }

    /** As the checklist shows it. */
    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }
}
