package com.onboarding.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The configuration of a hand-built Kafka client, from the same {@code kafka.*} keys SmallRye's channels use (the
 * {@code default-kafka-broker} map): every key the client knows passes through — bootstrap servers, and the TLS
 * ({@code ssl.*}), SASL ({@code sasl.*}) and {@code security.protocol} settings a secured cluster needs — then the
 * client's own settings on top. Keys the client does not know are left out, so it logs no unknown-config warnings.
 */
public final class KafkaClientConfig {

    private KafkaClientConfig() {
    }

    public static Map<String, Object> producer(Map<String, Object> kafka, Map<String, Object> own) {
        return merge(kafka, ProducerConfig.configNames(), own);
    }

    public static Map<String, Object> consumer(Map<String, Object> kafka, Map<String, Object> own) {
        return merge(kafka, ConsumerConfig.configNames(), own);
    }

    public static Map<String, Object> admin(Map<String, Object> kafka, Map<String, Object> own) {
        return merge(kafka, AdminClientConfig.configNames(), own);
    }

    private static Map<String, Object> merge(Map<String, Object> kafka, Set<String> known, Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (known.contains(key) && value != null) {
                config.put(key, value);
            }
        });
        config.putIfAbsent(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        config.putAll(own);
        return config;
    }
}
