package com.onboarding.documentation.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** An onboarding waiting for the RMM agent's configuration items: how often it was looked at, and when next. */
@Entity
@Table(name = "rmm_item_wait")
public class RmmItemWait extends PanacheEntityBase {

    @Id
    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(nullable = false)
    public int checks;

    @Column(name = "next_check_at", nullable = false)
    public OffsetDateTime nextCheckAt;

    /** The waits due, locked so that two instances never look at the same one. */
    @SuppressWarnings("unchecked")
    public static List<String> due(OffsetDateTime now) {
        return getEntityManager().createNativeQuery(
                "select onboarding_id from rmm_item_wait where next_check_at <= :now order by next_check_at"
                        + " for update skip locked").setParameter("now", now).getResultList();
    }
}
