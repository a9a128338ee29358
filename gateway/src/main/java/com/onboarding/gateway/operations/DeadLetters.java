package com.onboarding.gateway.operations;

import com.onboarding.events.Topics;
import com.onboarding.gateway.staff.StaffActions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * The dead-letter topics ({@code onboarding.dead-letter.*}) read from the beginning, and the replay of one record to
 * its original topic with its original key, value and headers (the CloudEvent {@code ce_*} attributes included,
 * the {@code dead-letter-*} ones left out). A record is replayed at most once; a second replay is refused.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaAccess kafka;
    private final StaffActions actions;
    private final Clock clock;

    public DeadLetters(KafkaAccess kafka, StaffActions actions, Clock clock) {
        this.kafka = kafka;
        this.actions = actions;
        this.clock = clock;
    }

    public List<DeadLetter> list() {
        Set<String> replayed = replayedIds();
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = kafka.reader()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : deadLetterTopics()) {
                reader.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            if (partitions.isEmpty()) {
                return letters;
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        letters.add(deadLetter(record, replayed));
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::timestamp).thenComparing(DeadLetter::id));
        return letters;
    }

    /**
     * Republishes the dead letter to its original topic and records the replay and the audit entry; refused
     * (IllegalStateException, 409) when it was replayed already. The replay row is written first, so two
     * replays at once cannot both send.
     */
    @Transactional
    public DeadLetterReplay replay(String topic, int partition, long offset, String actor) {
        if (!topic.startsWith(Topics.DEAD_LETTER_PREFIX)) {
            throw new IllegalArgumentException(topic + " is not a dead-letter topic (" + Topics.DEAD_LETTER_PREFIX + "*)");
        }
        String id = DeadLetter.id(topic, partition, offset);
        DeadLetterReplay earlier = DeadLetterReplay.findById(id);
        if (earlier != null) {
            throw new IllegalStateException("Dead letter " + id + " was already replayed by " + earlier.replayedBy + " at "
                    + earlier.replayedAt + " (event " + earlier.eventId + ")");
        }
        ConsumerRecord<String, String> record = read(topic, partition, offset)
                .orElseThrow(() -> new NotFoundException("No record at " + id));
        String originalTopic = OperationsEvent.header(record, "dead-letter-topic");
        if (originalTopic == null || originalTopic.startsWith(Topics.DEAD_LETTER_PREFIX)) {
            throw new IllegalStateException("Dead letter " + id + " names no original topic (dead-letter-topic header)");
        }
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.id = id;
        replay.originalTopic = originalTopic;
        replay.eventId = OperationsEvent.header(record, "ce_id");
        replay.replayedBy = actor;
        replay.replayedAt = OffsetDateTime.now(clock);
        replay.persistAndFlush();

        ProducerRecord<String, String> republished = new ProducerRecord<>(originalTopic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                republished.headers().add(header.key(), header.value());
            }
        }
        try {
            kafka.producer().send(republished).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay of " + id + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the replay of " + id + ": " + e.getMessage(), e);
        }
        actions.audit(actor, "replay-dead-letter", record.key(), id + " -> " + originalTopic
                + (replay.eventId == null ? "" : " (event " + replay.eventId + ")"), "republished");
        return replay;
    }

    private Optional<ConsumerRecord<String, String>> read(String topic, int partition, long offset) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, String> reader = kafka.reader()) {
            if (reader.partitionsFor(topic).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            reader.assign(List.of(tp));
            long end = reader.endOffsets(List.of(tp)).get(tp);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            reader.seek(tp, offset);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (reader.position(tp) <= offset && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty(); // compacted away or deleted by retention
        }
    }

    private Set<String> deadLetterTopics() {
        try (Admin admin = kafka.admin()) {
            return admin.listTopics().names().get(15, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.startsWith(Topics.DEAD_LETTER_PREFIX)).collect(Collectors.toSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted listing the dead-letter topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not list its topics: " + e.getMessage(), e);
        }
    }

    private static Set<String> replayedIds() {
        return QuarkusTransaction.requiringNew().call(() -> DeadLetterReplay.<DeadLetterReplay>listAll().stream()
                .map(r -> r.id).collect(Collectors.toSet()));
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, String> record, Set<String> replayed) {
        String id = DeadLetter.id(record.topic(), record.partition(), record.offset());
        return new DeadLetter(id, record.topic(), record.partition(), record.offset(),
                OperationsEvent.header(record, "dead-letter-topic"), OperationsEvent.header(record, "dead-letter-reason"),
                record.key(), record.value(), Instant.ofEpochMilli(record.timestamp()), replayed.contains(id));
    }
}
