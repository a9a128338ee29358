package com.onboarding.messaging.steps;

import com.onboarding.events.StepStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** Where one step of one onboarding stands in this service. */
@Entity
@Table(name = "step_state")
public class StepState extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(columnDefinition = "text")
    public String message;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Embeddable
    public record Key(@Column(name = "onboarding_id") String onboardingId, @Column(name = "step") String step)
            implements Serializable {
    }
}
