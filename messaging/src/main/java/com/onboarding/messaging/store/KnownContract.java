package com.onboarding.messaging.store;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * The contract one onboarding's section acts on, as a service keeps it (columns {@code onboarding_id},
 * {@code company_id}, {@code company_name}, {@code contract_created} (the event as JSON), {@code created_at}), so that
 * step work, retries and waits read what the event said.
 */
@MappedSuperclass
public abstract class KnownContract extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "company_name", nullable = false, columnDefinition = "text")
    public String companyName;

    @Column(name = "contract_created", nullable = false, columnDefinition = "text")
    public String contractCreated;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Fills the columns from the event. */
    protected void know(ContractCreated event, OffsetDateTime now) {
        onboardingId = event.onboardingId();
        companyId = event.companyId();
        companyName = event.companyName();
        contractCreated = EventJson.write(event);
        createdAt = now;
    }

    public ContractCreated contract() {
        return EventJson.read(contractCreated, ContractCreated.class);
    }
}
