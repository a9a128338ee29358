package com.onboarding.gateway.operations;

import java.time.Instant;

/**
 * A record on a dead-letter topic: a consumer could not process it. {@code originalTopic} and {@code reason} come
 * from the SmallRye {@code dead-letter-topic} and {@code dead-letter-reason} headers. {@code id} is
 * {@code topic/partition/offset}, the path of its replay.
 */
public record DeadLetter(String id, String topic, int partition, long offset, String originalTopic, String reason, String key,
        String value, Instant timestamp, boolean replayed) {

    public static String id(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
