package com.onboarding.gateway.terms;

import com.onboarding.messaging.ServiceIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Which gateway instance sends which T&amp;C envelope: due envelopes are claimed with {@code FOR UPDATE SKIP LOCKED}
 * and a lease ({@code gateway.docusign.send-lease}), so two instances never send the same envelope at once. The
 * claim is released with the outcome; a lease left by a stopped instance ends and the envelope is claimed again
 * (the sender looks it up in DocuSign before it creates one).
 */
@ApplicationScoped
public class TermsEnvelopeClaims {

    private final EntityManager entityManager;
    private final Duration lease;
    private final String owner;

    @jakarta.inject.Inject
    public TermsEnvelopeClaims(EntityManager entityManager, ServiceIdentity identity, DocuSignConfig config) {
        this(entityManager, identity, config.sendLease());
    }

    public TermsEnvelopeClaims(EntityManager entityManager, ServiceIdentity identity, Duration lease) {
        this.entityManager = entityManager;
        this.lease = lease;
        this.owner = identity.name() + "/" + UUID.randomUUID();
    }

    /** Claims up to {@code limit} envelopes due at {@code now} that no other instance holds; returns their onboarding ids. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> claimDue(OffsetDateTime now, int limit) {
        return entityManager.createNativeQuery("""
                update terms_envelope set claimed_by = :owner, claimed_until = :until
                where onboarding_id in (
                    select onboarding_id from terms_envelope
                    where status = 'TO_SEND' and (next_attempt_at is null or next_attempt_at <= :now)
                      and (claimed_until is null or claimed_until < :now)
                    order by created_at limit :limit for update skip locked)
                returning onboarding_id""", String.class)
                .setParameter("owner", owner).setParameter("until", now.plus(lease)).setParameter("now", now)
                .setParameter("limit", limit).getResultList();
    }

    /** The outcome is recorded (in the caller's transaction): the envelope is free for the next due attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String onboardingId) {
        entityManager.createNativeQuery("""
                update terms_envelope set claimed_by = null, claimed_until = null
                where onboarding_id = :id and claimed_by = :owner""")
                .setParameter("id", onboardingId).setParameter("owner", owner).executeUpdate();
    }

    String owner() {
        return owner;
    }
}
