package com.onboarding.reminder.store;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** The ContractCreated of each onboarding: what the step's work (and a person's retry) runs from. */
@Entity
@Table(name = "reminder_onboarding")
public class ReminderOnboarding extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "contract_created", columnDefinition = "text", nullable = false)
    public String contractCreated;

    public static void remember(ContractCreated event) {
        if (findById(event.onboardingId()) == null) {
            ReminderOnboarding data = new ReminderOnboarding();
            data.onboardingId = event.onboardingId();
            data.contractCreated = EventJson.write(event);
            data.persist();
        }
    }

    public static Optional<ContractCreated> contract(String onboardingId) {
        ReminderOnboarding data = findById(onboardingId);
        return data == null ? Optional.empty() : Optional.of(EventJson.read(data.contractCreated, ContractCreated.class));
    }
}
