package com.onboarding.backupsetup.flow;

import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.store.KnownContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The contract one onboarding's backup setup is for, the ticket made for it and how far its setup came.
 * {@code @DynamicUpdate}: a staff confirm and the engine's recording change different columns of one row at once; a
 * full-row update of a row read before the other committed wrote its {@code setup_completed_at} back to null, and
 * SetupCompleted was published twice.
 */
@DynamicUpdate
@Entity
@Table(name = "backup_onboarding")
public class BackupOnboarding extends KnownContract {

    /** True when the agreement has no backup: the steps are skipped. */
    @Column(nullable = false)
    public boolean skipped;

    @Column(name = "ticket_id")
    public Long ticketId;

    /** This onboarding's turn in the round-robin technician rule, taken once. */
    @Column(name = "technician_turn")
    public Long technicianTurn;

    /** The published backup instructions (IT Glue), passed on with SetupCompleted for the recurring tickets. */
    @Column(name = "instructions_url", columnDefinition = "text")
    public String instructionsUrl;

    /** The latest staff confirm of backup.done (who, when, evidence), shown with what the checklist says. */
    @Column(columnDefinition = "text")
    public String confirmation;

    /** The service start, once the checklist was found complete. */
    @Column(name = "service_start")
    public LocalDate serviceStart;

    /** When SetupCompleted (backup) was put in the outbox: once. */
    @Column(name = "setup_completed_at")
    public OffsetDateTime setupCompletedAt;

    public static BackupOnboarding of(ContractCreated event, boolean skipped, OffsetDateTime now) {
        BackupOnboarding onboarding = new BackupOnboarding();
        onboarding.know(event, now);
        onboarding.skipped = skipped;
        return onboarding;
    }

    /** What is known now, read in a short transaction of its own (step work runs outside any). */
    public static BackupOnboarding snapshot(String onboardingId) {
        return QuarkusTransaction.requiringNew().call(() -> BackupOnboarding.<BackupOnboarding>findById(onboardingId));
    }
}
