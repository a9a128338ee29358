package com.onboarding.documentation.store;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What this service knows of one onboarding: its ContractCreated (kept so a person's retry can run a step again),
 * the setups confirmed and the go-live date once reached. Events may arrive in any order.
 */
@Entity
@Table(name = "doc_onboarding")
public class DocOnboarding extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(name = "contract_created", columnDefinition = "text")
    public String contractCreated;

    @Column(name = "rmm_setup")
    public LocalDate rmmSetup;

    @Column(name = "backup_setup")
    public LocalDate backupSetup;

    @Column(name = "go_live")
    public LocalDate goLive;

    /** The onboarding's row, locked for this transaction (created when it is the first event seen). */
    public static DocOnboarding lock(String onboardingId) {
        getEntityManager().createNativeQuery("insert into doc_onboarding (onboarding_id) values (:id) on conflict do nothing")
                .setParameter("id", onboardingId).executeUpdate();
        return findById(onboardingId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** What is known of the onboarding now, read in a short transaction of its own (for step work); may be null. */
    public static DocOnboarding snapshot(String onboardingId) {
        return QuarkusTransaction.requiringNew().call(() -> DocOnboarding.<DocOnboarding>findById(onboardingId));
    }

    public ContractCreated contract() {
        return contractCreated == null ? null : EventJson.read(contractCreated, ContractCreated.class);
    }

    public void contract(ContractCreated event) {
        contractCreated = EventJson.write(event);
    }
}
