package com.onboarding.reporting.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import com.onboarding.reporting.config.ReportingConfig;

/**
 * Which reporting-service instance runs the ticket watch: the one holding the lease row (renewed by each of its
 * rounds). An instance that stops loses it when the lease ends ({@code reporting.tickets.watch-lease}, 3 min), and
 * another takes over; the others skip their rounds meanwhile.
 */
@ApplicationScoped
public class WatchLease {

    static final String TICKET_WATCH = "ticket-watch";

    private final EntityManager entityManager;
    private final Duration lease;
    private final String owner = UUID.randomUUID().toString();

    @Inject
    public WatchLease(EntityManager entityManager, ReportingConfig config) {
        this(entityManager, config.tickets().watchLease());
    }

    public WatchLease(EntityManager entityManager, Duration lease) {
        this.entityManager = entityManager;
        this.lease = lease;
    }

    /** Takes or renews the lease of {@code name} at {@code now}; false while another instance holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String name, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                insert into watch_lease (name, owner, held_until) values (:name, :owner, :until)
                on conflict (name) do update set owner = excluded.owner, held_until = excluded.held_until
                where watch_lease.held_until < :now or watch_lease.owner = :owner""")
                .setParameter("name", name).setParameter("owner", owner).setParameter("until", now.plus(lease))
                .setParameter("now", now).executeUpdate() == 1;
    }
}
