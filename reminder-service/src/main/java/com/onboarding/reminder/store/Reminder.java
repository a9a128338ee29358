package com.onboarding.reminder.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reminder command: the shared residential one, or a business customer's own. */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String subject;

    /** SHARED_RESIDENTIAL or BUSINESS. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(nullable = false)
    public String platforms;

    /** POWER_AUTOMATE or LEGACY. */
    @Column(nullable = false)
    public String delivery;

    /** Grows with every change of recipients; Power Automate de-duplicates on reminder id + revision. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "registered_revision")
    public Integer registeredRevision;
}
