package com.onboarding.messaging.lifecycle;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The consumers' failure strategy ({@code failure-strategy=dead-letter-unless-stopping}, set in messaging's
 * defaults): a record that failed goes to the dead-letter topic as before, except while the service is stopping —
 * then the failure is most likely the stop itself (a closed EntityManagerFactory, an interrupted call), so the record
 * is left unacknowledged and delivered again after the restart.
 */
@ApplicationScoped
@Identifier(RedeliverWhenStopping.NAME)
public class RedeliverWhenStopping implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-unless-stopping";
    private static final Logger LOG = Logger.getLogger(RedeliverWhenStopping.class);

    private final ServiceStopping stopping;
    private final Instance<KafkaFailureHandler.Factory> factories;

    public RedeliverWhenStopping(ServiceStopping stopping, @Any Instance<KafkaFailureHandler.Factory> factories) {
        this.stopping = stopping;
        this.factories = factories;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetter = factories.select(Identifier.Literal.of(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE))
                .get().create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (stopping.isStopping() || reason instanceof StoppedConsuming) {
                    LOG.infof("Record %s-%d@%d not applied (%s): the service is stopping, it comes again after the restart",
                            record.getTopic(), record.getPartition(), record.getOffset(), reason.getMessage());
                    return Uni.createFrom().voidItem();
                }
                return deadLetter.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetter.terminate();
            }
        };
    }
}
