package com.onboarding.contract.tickets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One ticket the schedule made in Autotask; at most one per schedule and due date. */
@Entity
@Table(name = "recurring_ticket_occurrence")
public class RecurringTicketOccurrence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "schedule_id", nullable = false)
    public long scheduleId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "ticket_id", nullable = false)
    public long ticketId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
