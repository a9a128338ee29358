package com.onboarding.gateway.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

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

    /**
     * The oldest unsent occurrences, locked until the calling transaction ends; those another gateway instance has
     * locked (it is sending them) are skipped, so two instances never e-mail the same occurrence.
     */
    @SuppressWarnings("unchecked")
    public static List<Notification> takeUnsent(int max) {
        return getEntityManager().createNativeQuery(
                        "select * from notification where sent_at is null order by id limit :max for update skip locked",
                        Notification.class)
                .setParameter("max", max).getResultList();
    }

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
