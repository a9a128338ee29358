package com.onboarding.messaging.lifecycle;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A graceful stop (SIGTERM, a rolling deploy) stops consuming first: before anything else shuts down (the step
 * engine's observer, Hibernate, the datasource) no new event is applied and every Kafka consumer is paused; the
 * events being applied get up to 10 s to commit. A record not applied stays unacknowledged and is delivered again
 * after the restart (the inbox makes that harmless); nothing is dead-lettered because the service is stopping.
 */
@ApplicationScoped
public class ConsumersStop {

    private static final Logger LOG = Logger.getLogger(ConsumersStop.class);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ServiceStopping stopping;
    private final KafkaClientService kafka;

    public ConsumersStop(ServiceStopping stopping, KafkaClientService kafka) {
        this.stopping = stopping;
        this.kafka = kafka;
    }

    void stop(@Observes @Priority(0) ShutdownEvent event) {
        stopping.begin();
        pauseConsumers();
        try {
            if (!stopping.awaitIdle(GRACE)) {
                LOG.warnf("%d event(s) still being applied after %d s; their records come again after the restart",
                        stopping.inFlight(), GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Stopped consuming: events not applied now are delivered again after the restart");
    }

    private void pauseConsumers() {
        for (String channel : kafka.getConsumerChannels()) {
            try {
                kafka.getConsumers(channel).forEach(consumer -> consumer.pause().await().atMost(Duration.ofSeconds(1)));
            } catch (RuntimeException e) {
                LOG.debugf("Consumer of %s not paused (%s); the inbox refuses its events anyway", channel, e.getMessage());
            }
        }
    }
}
