package com.onboarding.gateway.operations;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Every event on every suite topic, from now on, fanned out to the operators watching. Each gateway instance reads
 * every partition of the topics itself, <b>without a consumer group</b> ({@link LivePartitions}: assigned, not
 * subscribed; nothing committed), from the latest offset: the stream is live, not a replay, every instance sees
 * every event, and a restart leaves no consumer group behind. Each watcher has a buffer; one that falls further
 * behind has its stream ended (it reconnects) rather than slowing the reader or the other watchers.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);
    private static final int BUFFER = 1000;

    private final BroadcastProcessor<OperationsEvent> processor = BroadcastProcessor.create();
    private final KafkaAccess kafka;
    private final List<String> topics;
    private final Duration refreshEvery;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public LiveEvents(KafkaAccess kafka, OperationsConfig config) {
        this.kafka = kafka;
        this.topics = config.topics();
        this.refreshEvery = config.partitionsRefresh();
    }

    void start(@Observes StartupEvent started) {
        thread = new Thread(this::read, "operations-live-events");
        thread.setDaemon(true);
        thread.start();
        try {
            assigned.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    public Multi<OperationsEvent> stream() {
        return processor.onOverflow().buffer(BUFFER);
    }

    private void read() {
        while (running) {
            try (KafkaConsumer<String, String> reader = kafka.reader()) {
                consumer = reader;
                LivePartitions partitions = new LivePartitions(reader, topics);
                long refreshed = 0;
                while (running) {
                    if (System.nanoTime() - refreshed > refreshEvery.toNanos()) {
                        partitions.refresh();
                        refreshed = System.nanoTime();
                        assigned.countDown();
                    }
                    for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                        processor.onNext(OperationsEvent.of(record));
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Operators' live events: reading failed (%s); reading again from the latest offsets", e.getMessage());
                try {
                    TimeUnit.SECONDS.sleep(2);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
