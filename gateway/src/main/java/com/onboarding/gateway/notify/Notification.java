package com.onboarding.gateway.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One occurrence staff are told of: a step needing attention, failed, or waiting for a person too long. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    public static final String WAITING_TOO_LONG = "WAITING_TOO_LONG";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "onboarding_id", nullable = false)
    public String onboardingId;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public String kind;

    @Column(columnDefinition = "text")
    public String message;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Records the occurrence once: the same step, kind and time again (a redelivery) adds nothing. */
    public static boolean occurred(String onboardingId, String step, String kind, String message, OffsetDateTime at) {
        if (count("onboardingId = ?1 and step = ?2 and kind = ?3 and occurredAt = ?4", onboardingId, step, kind, at) > 0) {
            return false;
        }
        Notification notification = new Notification();
        notification.onboardingId = onboardingId;
        notification.step = step;
        notification.kind = kind;
        notification.message = message;
        notification.occurredAt = at;
        notification.persist();
        return true;
    }
}
