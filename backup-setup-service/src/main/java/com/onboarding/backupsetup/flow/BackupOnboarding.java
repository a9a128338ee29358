package com.onboarding.backupsetup.flow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The contract one onboarding's backup setup is for, and the ticket made for it. */
@Entity
@Table(name = "backup_onboarding")
public class BackupOnboarding extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "company_name", nullable = false, columnDefinition = "text")
    public String companyName;

    /** The ContractCreated event as JSON (its agreement terms are the customer's facts). */
    @Column(name = "contract_created", nullable = false, columnDefinition = "text")
    public String contractCreated;

    /** True when the agreement has no backup: the steps are skipped. */
    @Column(nullable = false)
    public boolean skipped;

    @Column(name = "ticket_id")
    public Long ticketId;

    /** This onboarding's turn in the round-robin technician rule, taken once. */
    @Column(name = "technician_turn")
    public Long technicianTurn;

    /** Set once the steps were run after the event (a crash before that is picked up by the watch). */
    @Column(nullable = false)
    public boolean advanced;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The published backup instructions (IT Glue), passed on with SetupCompleted for the recurring tickets. */
    @Column(name = "instructions_url", columnDefinition = "text")
    public String instructionsUrl;
}
