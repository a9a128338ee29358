package com.onboarding.sandbox.frame;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The faults waiting to be injected; each is used up after {@code times} matching requests. */
@ApplicationScoped
public class Faults {

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times() <= 0 ? 1 : fault.times();
        }
    }

    private final List<Armed> armed = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();

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

    public synchronized void add(Fault fault) {
        armed.add(new Armed(fault));
    }

    public synchronized void clear() {
        armed.clear();
    }

    synchronized Optional<Fault> take(String method, String path, String onboarding) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
            Armed candidate = it.next();
            if (candidate.fault.matches(method, path, onboarding)) {
                if (--candidate.remaining <= 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }
}
