package com.onboarding.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.messaging.KafkaClientConfig;
import com.onboarding.testsupport.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-built Kafka clients (outbox sender, topic creation, the gateway's operations view) get their configuration
 * from the same kafka.* keys as SmallRye's channels: against a broker that only lets SCRAM-authenticated clients in on
 * its SASL listener, the security settings must pass through for them to work at all.
 */
class SaslKafkaClientsTest {

    static final String PASSWORD = "scram-secret-" + UUID.randomUUID();
    static KafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaBroker.createWithScram("onboarding", PASSWORD);
        broker.start();
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    /** As the default-kafka-broker map holds them: kafka.* keys without the prefix, plus one SmallRye-only key. */
    static Map<String, Object> kafkaKeys(String password) {
        Map<String, Object> kafka = new HashMap<>();
        kafka.put("bootstrap.servers", broker.saslBootstrapServers());
        kafka.put("security.protocol", "SASL_PLAINTEXT");
        kafka.put("sasl.mechanism", "SCRAM-SHA-256");
        kafka.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"onboarding\" "
                + "password=\"" + password + "\";");
        kafka.put("health-enabled", "true");
        return kafka;
    }

    @Test
    void producer_admin_and_consumer_reach_a_scram_listener_with_the_channels_settings() throws Exception {
        Map<String, Object> kafka = kafkaKeys(PASSWORD);
        String topic = "sasl-" + UUID.randomUUID();
        try (Admin admin = Admin.create(KafkaClientConfig.admin(kafka, Map.of("client.id", "sasl-test-admin")))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaClientConfig.producer(kafka,
                Map.of(ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "hello")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> own = Map.of(ConsumerConfig.GROUP_ID_CONFIG, "sasl-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaClientConfig.consumer(kafka, own),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return !values.isEmpty();
            });
            assertThat(values).containsExactly("hello");
        }
    }

    @Test
    void without_the_right_credentials_the_listener_refuses() {
        Map<String, Object> kafka = kafkaKeys("wrong-password");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaClientConfig.producer(kafka,
                Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)), new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("sasl-refused", "key", "x")).get(30, TimeUnit.SECONDS))
                    .hasStackTraceContaining("Authentication failed");
        }
    }
}
