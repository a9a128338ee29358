package com.onboarding.gateway.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Fans committed projection changes out to the staff web pages watching, on every gateway instance. Only one
 * instance's projection applies an event (they share its consumer group), so the change is announced through
 * PostgreSQL: {@code pg_notify} in the projection's own transaction (delivered only when it commits, never for a
 * rollback), and every instance's {@link ChangeListener} hands what it hears to its own watchers.
 */
@ApplicationScoped
public class OnboardingChanges {

    static final String CHANNEL = "onboarding_changed";
    private static final Logger LOG = Logger.getLogger(OnboardingChanges.class);
    private static final int BUFFER = 1000;

    private final BroadcastProcessor<OnboardingChanged> processor = BroadcastProcessor.create();
    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public OnboardingChanges(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** In the projection's transaction: every instance hears of it once the transaction committed. */
    void announce(@Observes OnboardingChanged change) {
        entityManager.createNativeQuery("select cast(pg_notify(:channel, :payload) as text)")
                .setParameter("channel", CHANNEL).setParameter("payload", json(change)).getSingleResult();
    }

    /** A committed change heard from the database (made by this or another instance). */
    void heard(String payload) {
        try {
            processor.onNext(mapper.readValue(payload, OnboardingChanged.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring a change notification that is not an onboarding change: %s", e.getMessage());
        }
    }

    public Multi<OnboardingChanged> stream() {
        return processor.onOverflow().buffer(BUFFER);
    }

    private String json(OnboardingChanged change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
