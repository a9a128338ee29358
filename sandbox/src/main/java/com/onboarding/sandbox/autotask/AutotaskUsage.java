package com.onboarding.sandbox.autotask;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated tenant's API usage, as Autotask counts it: every authenticated request in a rolling timeframe
 * against the tenant's request threshold (a request beyond it is refused, as Autotask does), and the concurrent
 * requests per object endpoint against the thread limit. It keeps what a test needs to prove the suite kept to
 * both: the most requests seen in any timeframe and the most seen at once on each endpoint.
 */
public final class AutotaskUsage {

    private final int threshold;
    private final Duration timeframe;
    private final int threadLimit;
    private final Deque<Long> inTimeframe = new ArrayDeque<>();
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, Integer> mostAtOnce = new TreeMap<>();
    private long requests;
    private long mostInAnyTimeframe;
    private long refusedOverThreshold;
    private long refusedOverThreadLimit;

    public AutotaskUsage(int threshold, Duration timeframe, int threadLimit) {
        this.threshold = threshold;
        this.timeframe = timeframe;
        this.threadLimit = threadLimit;
    }

    /** One request arrives at {@code nanos}: false when it is refused (threshold or thread limit); else call {@link #finished}. */
    public synchronized Admission arrive(String endpoint, long nanos) {
        requests++;
        inTimeframe.addLast(nanos);
        while (!inTimeframe.isEmpty() && inTimeframe.peekFirst() <= nanos - timeframe.toNanos()) {
            inTimeframe.removeFirst();
        }
        mostInAnyTimeframe = Math.max(mostInAnyTimeframe, inTimeframe.size());
        if (inTimeframe.size() > threshold) {
            refusedOverThreshold++;
            return Admission.OVER_THRESHOLD;
        }
        int now = running.merge(endpoint, 1, Integer::sum);
        mostAtOnce.merge(endpoint, now, Math::max);
        if (now > threadLimit) {
            running.merge(endpoint, -1, Integer::sum);
            refusedOverThreadLimit++;
            return Admission.OVER_THREAD_LIMIT;
        }
        return Admission.ADMITTED;
    }

    public synchronized void finished(String endpoint) {
        running.merge(endpoint, -1, Integer::sum);
    }

    /** Requests in the timeframe ending now (Autotask's currentTimeframeRequestCount). */
    public synchronized int currentTimeframe(long nanos) {
        return (int) inTimeframe.stream().filter(at -> at > nanos - timeframe.toNanos()).count();
    }

    public synchronized Map<String, Object> report(long nanos) {
        Map<String, Object> report = new TreeMap<>();
        report.put("requests", requests);
        report.put("threshold", threshold);
        report.put("timeframeSeconds", timeframe.toSeconds());
        report.put("currentTimeframeRequestCount", currentTimeframe(nanos));
        report.put("mostInAnyTimeframe", mostInAnyTimeframe);
        report.put("thresholdExceeded", mostInAnyTimeframe > threshold);
        report.put("refusedOverThreshold", refusedOverThreshold);
        report.put("threadLimit", threadLimit);
        report.put("mostAtOnceByEndpoint", new TreeMap<>(mostAtOnce));
        report.put("threadLimitExceeded", mostAtOnce.values().stream().anyMatch(most -> most > threadLimit));
        report.put("refusedOverThreadLimit", refusedOverThreadLimit);
        return report;
    }

    /** Counting starts again (a test measures one run); requests still running stay counted as running. */
    public synchronized void reset() {
        inTimeframe.clear();
        mostAtOnce.clear();
        requests = 0;
        mostInAnyTimeframe = 0;
        refusedOverThreshold = 0;
        refusedOverThreadLimit = 0;
    }

    public int threshold() {
        return threshold;
    }

    public Duration timeframe() {
        return timeframe;
    }

    public enum Admission {
        ADMITTED, OVER_THRESHOLD, OVER_THREAD_LIMIT
    }
}
