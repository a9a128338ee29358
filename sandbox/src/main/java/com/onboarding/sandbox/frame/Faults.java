package com.onboarding.sandbox.frame;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The faults waiting to be injected. A counted fault is used up after {@code times} matching requests; a
 * probabilistic one ({@code probability}) affects each matching request with that probability, drawn once per request
 * from one seeded random, until it is cleared (or its {@code times} are used up, when set).
 */
@ApplicationScoped
public class Faults {

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times() > 0 ? fault.times() : fault.probabilistic() ? Integer.MAX_VALUE : 1;
        }
    }

    private final List<Armed> armed = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, Integer> injected = new TreeMap<>();
    private Random random = new Random(14);

    /** Requests (or their answers) being held by a fault right now. */
    public int held() {
        return held.get();
    }

    void holding(int change) {
        held.addAndGet(change);
    }

    /** Faults armed and not used up yet. */
    public synchronized int armed() {
        return armed.size();
    }

    /** How many requests each kind of fault affected since the last clear ("429", "slow", "504 after the write", ...). */
    public synchronized Map<String, Integer> injected() {
        return new TreeMap<>(injected);
    }

    public synchronized void add(Fault fault) {
        if (fault.seed() != null) {
            random = new Random(fault.seed());
        }
        armed.add(new Armed(fault));
    }

    public synchronized void clear() {
        armed.clear();
        injected.clear();
    }

    synchronized Optional<Fault> take(String method, String path, String onboarding) {
        double draw = -1;
        double cumulative = 0;
        for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
            Armed candidate = it.next();
            if (!candidate.fault.matches(method, path, onboarding)) {
                continue;
            }
            if (candidate.fault.probabilistic()) {
                if (draw < 0) {
                    draw = random.nextDouble();
                }
                cumulative += candidate.fault.probability();
                if (draw >= cumulative) {
                    continue;
                }
            }
            if (--candidate.remaining <= 0) {
                it.remove();
            }
            injected.merge(candidate.fault.kind(), 1, Integer::sum);
            return Optional.of(candidate.fault);
        }
        return Optional.empty();
    }
}
