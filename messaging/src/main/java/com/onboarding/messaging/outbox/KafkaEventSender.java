package com.onboarding.messaging.outbox;

import com.onboarding.messaging.ServiceIdentity;
import com.onboarding.messaging.tracing.Traceparent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one outbox row to Kafka as a CloudEvent in binary mode: the data is the record value, the attributes are
 * {@code ce_*} headers, the onboarding id is the key (so one onboarding's events stay in order on one partition).
 * An idempotent producer with {@code acks=all}: a send that returns has been written.
 */
@ApplicationScoped
public class KafkaEventSender {

    private final KafkaProducer<String, String> producer;
    private final ServiceIdentity identity;
    private final Duration sendTimeout;

    @Inject
    public KafkaEventSender(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ServiceIdentity identity,
            @ConfigProperty(name = "onboarding.outbox.send-timeout", defaultValue = "10s") Duration sendTimeout) {
        this.identity = identity;
        this.sendTimeout = sendTimeout;
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, identity.name() + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) sendTimeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis() + 1000);
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        // each send waits for its acknowledgement, so lingering for a batch only adds its wait (5 ms default) per event
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(com.onboarding.messaging.KafkaClientConfig.producer(kafkaConfig, config),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends and waits for the broker's acknowledgement; throws when it is not written. */
    public void send(OutboxEvent event) throws SendFailedException {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.onboardingId, event.payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.eventId.toString());
        header(record, "ce_source", identity.cloudEventSource());
        header(record, "ce_type", event.eventType);
        header(record, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt));
        header(record, "ce_subject", event.onboardingId);
        header(record, "content-type", "application/json");
        if (event.traceparent != null) {
            header(record, Traceparent.HEADER, event.traceparent);
        }
        try {
            producer.send(record).get(sendTimeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new SendFailedException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    public static class SendFailedException extends Exception {
        SendFailedException(Throwable cause) {
            super(cause.getCause() != null ? cause.getCause() : cause);
        }
    }
}
