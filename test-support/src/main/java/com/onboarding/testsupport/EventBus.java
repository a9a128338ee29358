package com.onboarding.testsupport;

import static org.awaitility.Awaitility.await;

import com.onboarding.events.EventJson;
import com.onboarding.events.EventType;
import com.onboarding.events.OnboardingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The tests' view of the event topics: send events as another service would, and read what a service published. */
public final class EventBus {

    private EventBus() {
    }

    /** Sends an event as a CloudEvent (binary mode) with a fresh id; returns the id. */
    public static String send(OnboardingEvent event) {
        String id = UUID.randomUUID().toString();
        sendRaw(EventType.of(event).topic(), event.onboardingId(), EventJson.write(event),
                Map.of("ce_id", id, "ce_type", EventType.of(event).cloudEventType(), "ce_specversion", "1.0",
                        "ce_source", "/tests", "ce_time", OffsetDateTime.now().toString()));
        return id;
    }

    /** Sends the same event again with the same id, as a redelivery would. */
    public static void resend(OnboardingEvent event, String id) {
        sendRaw(EventType.of(event).topic(), event.onboardingId(), EventJson.write(event),
                Map.of("ce_id", id, "ce_type", EventType.of(event).cloudEventType(), "ce_specversion", "1.0",
                        "ce_source", "/tests"));
    }

    public static void sendRaw(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /** All records on a topic from the beginning, waiting until {@code until} holds for them. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
        return awaitRecords(topic, until, timeout, false);
    }

    /**
     * Like {@link #awaitRecords(String, Predicate, Duration)}; with {@code readForWholeTimeout} it reads for the whole
     * time and returns what it saw (to check that something did <em>not</em> happen, or happened only once).
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout, boolean readForWholeTimeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        if (readForWholeTimeout) {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                consumer.subscribe(List.of(topic));
                long end = System.nanoTime() + timeout.toNanos();
                while (System.nanoTime() < end) {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                }
            }
            return seen;
        }
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return until.test(seen);
            });
        }
        return seen;
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    /** The events of one type published for one onboarding, waiting until there are at least {@code count}. */
    public static <T extends OnboardingEvent> List<T> awaitEvents(Class<T> type, String onboardingId, int count) {
        EventType eventType = java.util.Arrays.stream(EventType.values()).filter(t -> t.dataClass().equals(type))
                .findFirst().orElseThrow();
        List<ConsumerRecord<String, String>> records = awaitRecords(eventType.topic(),
                all -> all.stream().filter(r -> onboardingId.equals(r.key())).count() >= count, Duration.ofSeconds(60));
        return records.stream().filter(r -> onboardingId.equals(r.key()))
                .map(r -> EventJson.read(r.value(), type)).toList();
    }

    /** Waits until the onboarding's step reaches the status; returns that StepChanged. */
    public static com.onboarding.events.StepChanged awaitStep(String onboardingId, String step,
            com.onboarding.events.StepStatus status) {
        Predicate<ConsumerRecord<String, String>> matches = r -> onboardingId.equals(r.key())
                && r.value().contains("\"step\":\"" + step + "\"") && r.value().contains("\"status\":\"" + status + "\"");
        List<ConsumerRecord<String, String>> records = awaitRecords(com.onboarding.events.Topics.STEP_CHANGED,
                all -> all.stream().anyMatch(matches), Duration.ofSeconds(60));
        return records.stream().filter(matches).map(r -> EventJson.read(r.value(), com.onboarding.events.StepChanged.class))
                .reduce((first, second) -> second).orElseThrow();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
