package com.onboarding.contract.onboarding;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An onboarding as this service knows it: the signed terms and the Autotask contract they led to. */
@Entity
@Table(name = "contract_onboarding")
public class ContractOnboarding extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(columnDefinition = "text", nullable = false)
    public String terms;

    @Column(name = "company_id")
    public Long companyId;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "contract_id")
    public Long contractId;

    @Column(name = "contract_name")
    public String contractName;

    @Column(name = "contract_end")
    public LocalDate contractEnd;

    public Boolean reused;

    /** When ContractCreated was published (once). */
    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public AgreementTerms agreement() {
        try {
            return EventJson.mapper().readValue(terms, AgreementTerms.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored terms unreadable for " + onboardingId, e);
        }
    }

    public boolean hasContract() {
        return contractId != null;
    }
}
