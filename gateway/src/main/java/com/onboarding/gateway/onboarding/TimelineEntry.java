package com.onboarding.gateway.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One event of an onboarding, for its timeline. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", unique = true)
    public String eventId;

    @Column(name = "onboarding_id", nullable = false)
    public String onboardingId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(columnDefinition = "text")
    public String summary;

    @Column(nullable = false)
    public OffsetDateTime at;
}
