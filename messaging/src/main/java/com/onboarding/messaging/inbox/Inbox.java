package com.onboarding.messaging.inbox;

import com.onboarding.events.OnboardingEvent;
import com.onboarding.messaging.OnboardingContext;
import com.onboarding.messaging.ServiceIdentity;
import com.onboarding.messaging.lifecycle.ServiceStopping;
import com.onboarding.messaging.lifecycle.StoppedConsuming;
import com.onboarding.messaging.incoming.ReceivedEvent;
import com.onboarding.messaging.tracing.Traces;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs the effect of a consumed event at most once: the event id is recorded in the same transaction as the effect,
 * so a redelivered event (Kafka at-least-once, a relay resend) finds its id and does nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final ServiceIdentity identity;
    private final Traces traces;
    private final ServiceStopping stopping;

    public Inbox(EntityManager entityManager, ServiceIdentity identity, Traces traces, ServiceStopping stopping) {
        this.entityManager = entityManager;
        this.identity = identity;
        this.traces = traces;
        this.stopping = stopping;
    }

    /** Applies {@code effect} in a new transaction unless this event was processed before; true if it was applied. */
    public <T extends OnboardingEvent> boolean once(ReceivedEvent<T> event, Consumer<T> effect) {
        return traces.continueTrace(event.traceparent(), "process " + event.type(), SpanKind.CONSUMER,
                event.onboardingId(), () -> apply(event, effect));
    }

    private <T extends OnboardingEvent> boolean apply(ReceivedEvent<T> event, Consumer<T> effect) {
        if (!stopping.enter()) {
            throw new StoppedConsuming();
        }
        try {
            return OnboardingContext.call(event.onboardingId(), () -> QuarkusTransaction.requiringNew().call(() -> {
                if (!recordFirstDelivery(event)) {
                    LOG.infof("Event %s (%s) of onboarding %s already processed; ignored", event.eventId(),
                            event.type(), event.onboardingId());
                    return false;
                }
                effect.accept(event.data());
                return true;
            }));
        } finally {
            stopping.exit();
        }
    }

    private boolean recordFirstDelivery(ReceivedEvent<?> event) {
        int inserted = entityManager.createNativeQuery("""
                insert into inbox_event (event_id, consumer, event_type, received_at)
                values (:eventId, :consumer, :type, now())
                on conflict do nothing""")
                .setParameter("eventId", event.eventId())
                .setParameter("consumer", identity.name())
                .setParameter("type", event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
