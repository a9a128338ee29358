package com.onboarding.gateway.operations;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import com.onboarding.messaging.KafkaClientConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka clients for the operators' tools: a shared idempotent producer, and short-lived admin and reader clients. */
@ApplicationScoped
public class KafkaAccess {

    /** Every kafka.* key, as SmallRye's channels get it (TLS and SASL included); see KafkaClientConfig. */
    private final Map<String, Object> kafka;
    private volatile KafkaProducer<String, String> producer;

    public KafkaAccess(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    Admin admin() {
        return Admin.create(KafkaClientConfig.admin(kafka, Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "gateway-operations-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000)));
    }

    /** A consumer without a group: it is assigned partitions and commits nothing. */
    KafkaConsumer<String, String> reader() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-operations-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        Map<String, Object> merged = KafkaClientConfig.consumer(kafka, config);
        merged.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(merged, new StringDeserializer(), new StringDeserializer());
    }

    synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-operations-replay");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            producer = new KafkaProducer<>(KafkaClientConfig.producer(kafka, config), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
