package com.onboarding.reminder;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** The ContractCreated of each onboarding, kept so a person's retry can run the step again. */
@Entity
@Table(name = "reminder_onboarding")
public class RetryData extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "contract_created", columnDefinition = "text", nullable = false)
    public String contractCreated;

    static void remember(ContractCreated event) {
        if (findById(event.onboardingId()) == null) {
            RetryData data = new RetryData();
            data.onboardingId = event.onboardingId();
            data.contractCreated = EventJson.write(event);
            data.persist();
        }
    }

    static Optional<ContractCreated> find(String onboardingId) {
        RetryData data = findById(onboardingId);
        return data == null ? Optional.empty() : Optional.of(EventJson.read(data.contractCreated, ContractCreated.class));
    }
}
