package com.onboarding.clients.autotask;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What was read, kept per key for a time-to-live and read again after it. Only what was found is kept: a read that
 * fails, or finds nothing (an item not created yet), is made again next time.
 */
final class ExpiringCache<V> {

    private final Duration ttl;
    private final LongSupplier nanoTime;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    /** @param nanoTime the clock, as {@link System#nanoTime()} */
    ExpiringCache(Duration ttl, LongSupplier nanoTime) {
        this.ttl = ttl;
        this.nanoTime = nanoTime;
    }

    /** What is kept for {@code key}, or else what {@code read} finds (kept when it found something). */
    Optional<V> find(String key, Supplier<Optional<V>> read) {
        // the age counts from when the read began: what is kept is never older than the ttl
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.readAt() < ttl.toNanos()) {
            return Optional.of(entry.value());
        }
        Optional<V> found = read.get();
        found.ifPresent(value -> entries.put(key, new Entry<>(value, now)));
        return found;
    }

    /** As {@link #find}, for a read that always has an answer. */
    V get(String key, Supplier<V> read) {
        return find(key, () -> Optional.of(read.get())).orElseThrow();
    }

    private record Entry<V>(V value, long readAt) {
    }
}
