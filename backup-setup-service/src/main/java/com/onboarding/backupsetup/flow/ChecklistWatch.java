package com.onboarding.backupsetup.flow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The durable watch of one backup ticket's checklist; {@code completedAt} is set once, with the SetupCompleted. */
@Entity
@Table(name = "checklist_watch")
public class ChecklistWatch extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "ticket_id", nullable = false)
    public long ticketId;

    @Column(name = "next_check_at", nullable = false)
    public OffsetDateTime nextCheckAt;

    @Column(name = "check_interval_seconds", nullable = false)
    public long checkIntervalSeconds;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "service_start")
    public LocalDate serviceStart;
}
