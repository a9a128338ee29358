package com.onboarding.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * What the fault run relies on: the PostgreSQL server and the Kafka broker killed with kill -9 and started again on
 * the same port and data, keeping what was committed before the kill.
 */
class KillAndRestartInfrastructureTest {

    static {
        System.setProperty(Postgres.SYNCHRONOUS_COMMIT_PROPERTY, "on");
    }

    @Test
    void postgresql_killed_with_kill_9_starts_again_on_the_same_port_with_its_committed_rows() throws Exception {
        Postgres postgres = Postgres.start();
        String url = Postgres.database("kill_test");
        try (Connection connection = DriverManager.getConnection(url, Postgres.USERNAME, Postgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (id int primary key)");
            statement.execute("insert into kept values (14)");
        }

        postgres.kill();
        assertThatThrownBy(() -> DriverManager.getConnection(url, Postgres.USERNAME, Postgres.PASSWORD).close())
                .as("nothing listens while it is down").isInstanceOf(SQLException.class);
        postgres.restart();

        try (Connection connection = DriverManager.getConnection(url, Postgres.USERNAME, Postgres.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(14);
        }
    }

    @Test
    void kafka_killed_with_kill_9_starts_again_on_the_same_port_with_its_records() throws Exception {
        KafkaBroker kafka = KafkaBroker.create();
        kafka.start();
        String topic = "kill-test-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "before the kill")).get();
        }

        kafka.kill();
        kafka.start();

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "kill-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.isEmpty() && System.nanoTime() < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            assertThat(values).containsExactly("before the kill");
        } finally {
            kafka.stop();
        }
    }
}
