package com.onboarding.messaging;

import com.onboarding.events.GoLiveReached;
import com.onboarding.events.MalformedEventException;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer shaped like the services' ones: read, inbox, effect (a row in test_effect). */
@ApplicationScoped
public class GoLiveTestConsumer {

    private final Inbox inbox;
    private final EntityManager entityManager;

    public GoLiveTestConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("go-live")
    @Blocking
    @Retry(maxRetries = 2, delay = 100, abortOn = MalformedEventException.class)
    public void onGoLive(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, GoLiveReached.class), event -> entityManager
                .createNativeQuery("insert into test_effect (onboarding_id, go_live_date) values (:id, :date)")
                .setParameter("id", event.onboardingId())
                .setParameter("date", event.goLiveDate())
                .executeUpdate());
    }

    public long effects(String onboardingId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from test_effect where onboarding_id = :id")
                .setParameter("id", onboardingId).getSingleResult()).longValue();
    }
}
