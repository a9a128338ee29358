package com.onboarding.contract.onboarding;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
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

    /** What is known of the onboarding now, read in a short transaction of its own (for step work); may be null. */
    public static ContractOnboarding snapshot(String onboardingId) {
        return QuarkusTransaction.requiringNew().call(() -> ContractOnboarding.<ContractOnboarding>findById(onboardingId));
    }

    /** The onboarding under its row lock, to record a step's result (may be null). */
    public static ContractOnboarding lock(String onboardingId) {
        return findById(onboardingId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A newly signed agreement (persisted). */
    public static ContractOnboarding signed(String onboardingId, String termsJson, OffsetDateTime now) {
        ContractOnboarding onboarding = new ContractOnboarding();
        onboarding.onboardingId = onboardingId;
        onboarding.terms = termsJson;
        onboarding.createdAt = now;
        onboarding.persist();
        return onboarding;
    }

    /** The recurring contract the onboarding's services go on (new or reused). */
    public void contract(long companyId, String companyName, long contractId, String contractName, LocalDate contractEnd,
            boolean reused) {
        this.companyId = companyId;
        this.companyName = companyName;
        this.contractId = contractId;
        this.contractName = contractName;
        this.contractEnd = contractEnd;
        this.reused = reused;
    }

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
