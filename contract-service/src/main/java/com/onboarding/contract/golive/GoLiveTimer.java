package com.onboarding.contract.golive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The durable go-live timer of one onboarding; {@code goLiveDate} is empty until a date is known. */
@Entity
@Table(name = "go_live_timer")
public class GoLiveTimer extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "go_live_date")
    public LocalDate goLiveDate;

    @Column(name = "set_by_staff")
    public LocalDate setByStaff;

    @Column(name = "fired_at")
    public OffsetDateTime firedAt;
}
