package com.onboarding.reminder.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An address on a reminder (BCC), and the onboarding that put it there. */
@Entity
@Table(name = "reminder_recipient")
public class ReminderRecipient extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "onboarding_id", nullable = false)
    public String onboardingId;

    @Embeddable
    public record Key(@Column(name = "reminder_id") long reminderId, @Column(name = "email") String email)
            implements Serializable {
    }
}
