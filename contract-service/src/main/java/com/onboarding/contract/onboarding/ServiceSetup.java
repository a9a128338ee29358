package com.onboarding.contract.onboarding;

import com.onboarding.events.ServiceKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A SetupCompleted: the service of this kind is in effect since {@code serviceStart}. */
@Entity
@Table(name = "service_setup")
public class ServiceSetup extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "service_start", nullable = false)
    public LocalDate serviceStart;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "on_contract", nullable = false)
    public boolean onContract;

    /** Where technicians find the service's detailed instructions, for its recurring tickets; may be empty. */
    @Column(name = "instructions_url", columnDefinition = "text")
    public String instructionsUrl;

    @Embeddable
    public record Key(@Column(name = "onboarding_id") String onboardingId,
            @Enumerated(EnumType.STRING) @Column(name = "service_kind") ServiceKind serviceKind) implements Serializable {
    }

    public static List<ServiceSetup> of(String onboardingId) {
        return list("key.onboardingId", onboardingId);
    }
}
