package com.onboarding.gateway.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The last known status of one step of one onboarding (from StepChanged). */
@Entity
@Table(name = "onboarding_step")
public class OnboardingStep extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public String owner;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempt;

    @Column(columnDefinition = "text")
    public String message;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Since when the step has had its current status. */
    @Column(name = "status_since")
    public OffsetDateTime statusSince;

    @Embeddable
    public record Key(@Column(name = "onboarding_id") String onboardingId, @Column(name = "step") String step)
            implements Serializable {
    }
}
