package com.onboarding.reporting.flow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A technician ticket standing in for a report schedule, and when to check it next. */
@Entity
@Table(name = "schedule_ticket")
public class ScheduleTicketWatch extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "ticket_id", nullable = false)
    public long ticketId;

    @Column(name = "next_check_at", nullable = false)
    public OffsetDateTime nextCheckAt;

    @Column(name = "check_interval_seconds", nullable = false)
    public long checkIntervalSeconds;

    @Embeddable
    public record Key(@Column(name = "onboarding_id") String onboardingId, @Column(name = "step") String step)
            implements Serializable {
    }
}
