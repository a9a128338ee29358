package com.onboarding.reporting.flow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The contract one onboarding's reports are for, kept so that retries and the ticket watch can act later. */
@Entity
@Table(name = "report_onboarding")
public class ReportOnboarding extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "company_name", nullable = false, columnDefinition = "text")
    public String companyName;

    /** The ContractCreated event as JSON (its agreement terms name the report recipients). */
    @Column(name = "contract_created", nullable = false, columnDefinition = "text")
    public String contractCreated;

    /** Set once the steps were run after the event (a crash before that is picked up by the ticket watch). */
    @Column(nullable = false)
    public boolean advanced;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
