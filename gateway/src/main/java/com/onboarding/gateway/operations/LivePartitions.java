package com.onboarding.gateway.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions a group-less reader is assigned: every partition of its topics. Partitions there at the first look
 * are read from their end (live from now on); partitions that appear later (a topic created or grown meanwhile) are
 * read from their beginning, since all they hold is new.
 */
final class LivePartitions {

    private final Consumer<?, ?> consumer;
    private final List<String> topics;
    private final Set<TopicPartition> assigned = new HashSet<>();
    private boolean first = true;

    LivePartitions(Consumer<?, ?> consumer, List<String> topics) {
        this.consumer = consumer;
        this.topics = topics;
    }

    /** Looks at the topics' partitions again and assigns the new ones. */
    void refresh() {
        Set<TopicPartition> all = new HashSet<>();
        consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, partitions) -> {
            if (topics.contains(topic)) {
                partitions.forEach(partition -> all.add(new TopicPartition(topic, partition.partition())));
            }
        });
        List<TopicPartition> added = new ArrayList<>(all);
        added.removeAll(assigned);
        if (added.isEmpty() && !first) {
            return;
        }
        assigned.addAll(added);
        consumer.assign(new ArrayList<>(assigned));
        if (first) {
            consumer.seekToEnd(added);
            first = false;
        } else {
            consumer.seekToBeginning(added);
        }
    }
}
