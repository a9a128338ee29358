package com.onboarding.sandbox.frame;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every write any simulator accepted, in the order it happened: what tests and the demo read to check which
 * external effects the suite had, in which order, and how often.
 */
@ApplicationScoped
public class CallRecord {

    public record Entry(long seq, Instant at, String api, String operation, String target, Map<String, Object> details) {
    }

    private final AtomicLong sequence = new AtomicLong();
    private final List<Entry> entries = new ArrayList<>();

    public synchronized Entry add(String api, String operation, String target, Map<String, Object> details) {
        Entry entry = new Entry(sequence.incrementAndGet(), Instant.now(), api, operation, target, details);
        entries.add(entry);
        return entry;
    }

    public synchronized List<Entry> entries(String api) {
        return entries.stream().filter(e -> api == null || api.equals(e.api())).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized List<Entry> all() {
        return new ArrayList<>(entries);
    }
}
