package com.onboarding.gateway.operations;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every event on every suite topic, from now on, fanned out to the operators watching. Each gateway instance reads
 * with its own consumer group from the latest offset (channel {@code operations}), so the stream is live, not a
 * replay. Each watcher has a buffer; one that falls further behind has its stream ended (it reconnects) rather than
 * slowing the consumer or the other watchers.
 */
@ApplicationScoped
public class LiveEvents {

    private static final int BUFFER = 1000;

    private final BroadcastProcessor<OperationsEvent> processor = BroadcastProcessor.create();

    @Incoming("operations")
    public void received(ConsumerRecord<String, String> record) {
        processor.onNext(OperationsEvent.of(record));
    }

    public Multi<OperationsEvent> stream() {
        return processor.onOverflow().buffer(BUFFER);
    }
}
